// SPDX-License-Identifier: Apache-2.0
package io.sellersync.emulator.spapi;

import java.util.List;

/** The body of every non-2xx SP-API response since 2020: {@code {"errors": [...]}}. */
public record ErrorList(List<ApiError> errors) {

    public ErrorList {
        errors = List.copyOf(errors);
    }

    public static ErrorList of(String code, String message, String details) {
        return new ErrorList(List.of(new ApiError(code, message, details)));
    }
}
