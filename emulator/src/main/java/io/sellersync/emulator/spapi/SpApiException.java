// SPDX-License-Identifier: Apache-2.0
package io.sellersync.emulator.spapi;

import org.springframework.http.HttpStatus;

/** Ends an SP-API request with the status and {@code errors[]} body Amazon documents for the failure. */
public class SpApiException extends RuntimeException {

    private final HttpStatus status;
    private final String code;
    private final String details;

    public SpApiException(HttpStatus status, String code, String message, String details) {
        super(message);
        this.status = status;
        this.code = code;
        this.details = details;
    }

    public static SpApiException badRequest(String code, String message) {
        return new SpApiException(HttpStatus.BAD_REQUEST, code, message, null);
    }

    public static SpApiException notFound(String code, String message) {
        return new SpApiException(HttpStatus.NOT_FOUND, code, message, null);
    }

    public static SpApiException unauthorized(String details) {
        return new SpApiException(
                HttpStatus.FORBIDDEN, "Unauthorized", "Access to requested resource is denied.", details);
    }

    public HttpStatus status() {
        return status;
    }

    public ErrorList body() {
        return ErrorList.of(code, getMessage(), details);
    }
}
