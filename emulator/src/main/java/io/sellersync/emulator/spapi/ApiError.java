// SPDX-License-Identifier: Apache-2.0
package io.sellersync.emulator.spapi;

import com.fasterxml.jackson.annotation.JsonInclude;

/** One entry of SP-API's {@code errors[]} body: the {@code Error} definition every model shares. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApiError(String code, String message, String details) {}
