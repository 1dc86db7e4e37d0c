// SPDX-License-Identifier: Apache-2.0
package io.sellersync.integration.spapi;

/** One entry of Amazon's {@code errors[]} body. */
public record SpApiError(String code, String message, String details) {}
