// SPDX-License-Identifier: Apache-2.0
package io.sellersync.integration.spapi;

import java.util.List;

/**
 * A failed SP-API call, one subclass per kind a caller treats differently. Each carries the HTTP status (0 when no
 * response arrived), Amazon's first error code, its {@code errors[]} and the {@code x-amzn-RequestId} to quote to
 * Amazon support.
 */
public abstract sealed class SpApiException extends RuntimeException
        permits SpApiException.Throttled,
                SpApiException.Unauthorized,
                SpApiException.NotFound,
                SpApiException.InvalidInput,
                SpApiException.ServerError,
                SpApiException.ConnectionFailed,
                SpApiException.MalformedResponse {

    private final SpApiOperation operation;
    private final int status;
    private final transient List<SpApiError> errors;
    private final String requestId;

    protected SpApiException(
            SpApiOperation operation,
            int status,
            List<SpApiError> errors,
            String requestId,
            String summary,
            Throwable cause) {
        super(operation + ": " + summary + (requestId == null ? "" : " (request " + requestId + ")"), cause);
        this.operation = operation;
        this.status = status;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
        this.requestId = requestId;
    }

    public SpApiOperation operation() {
        return operation;
    }

    public int status() {
        return status;
    }

    public List<SpApiError> errors() {
        return errors;
    }

    /** Amazon's first error code, e.g. {@code QuotaExceeded}, or null. */
    public String code() {
        return errors.isEmpty() ? null : errors.get(0).code();
    }

    public String requestId() {
        return requestId;
    }

    /** Whether the same request may succeed later (throttling, Amazon-side or network failures). */
    public abstract boolean transientFailure();

    static String describe(int status, List<SpApiError> errors) {
        if (errors == null || errors.isEmpty()) {
            return "HTTP " + status;
        }
        SpApiError first = errors.get(0);
        return "HTTP " + status + " " + first.code() + ": " + first.message();
    }

    /** 429: over the usage plan. */
    public static final class Throttled extends SpApiException {
        public Throttled(SpApiOperation operation, List<SpApiError> errors, String requestId) {
            super(operation, 429, errors, requestId, describe(429, errors), null);
        }

        @Override
        public boolean transientFailure() {
            return true;
        }
    }

    /** 401/403 from SP-API, or an LWA refusal: the account needs attention, retrying will not help. */
    public static final class Unauthorized extends SpApiException {
        private final String reason;

        public Unauthorized(
                SpApiOperation operation, int status, List<SpApiError> errors, String requestId, String reason) {
            super(operation, status, errors, requestId, describe(status, errors), null);
            this.reason = reason;
        }

        /** LWA's error code ({@code invalid_grant}, {@code invalid_client}), or null for an SP-API 401/403. */
        public String reason() {
            return reason;
        }

        @Override
        public boolean transientFailure() {
            return false;
        }
    }

    /** 404. */
    public static final class NotFound extends SpApiException {
        public NotFound(SpApiOperation operation, List<SpApiError> errors, String requestId) {
            super(operation, 404, errors, requestId, describe(404, errors), null);
        }

        @Override
        public boolean transientFailure() {
            return false;
        }
    }

    /** Other 4xx: Amazon refused the request as sent; {@link #errors()} says why. */
    public static final class InvalidInput extends SpApiException {
        public InvalidInput(SpApiOperation operation, int status, List<SpApiError> errors, String requestId) {
            super(operation, status, errors, requestId, describe(status, errors), null);
        }

        @Override
        public boolean transientFailure() {
            return false;
        }
    }

    /** 5xx. */
    public static final class ServerError extends SpApiException {
        public ServerError(SpApiOperation operation, int status, List<SpApiError> errors, String requestId) {
            super(operation, status, errors, requestId, describe(status, errors), null);
        }

        @Override
        public boolean transientFailure() {
            return true;
        }
    }

    /** No complete response: refused or dropped connection, timeout. */
    public static final class ConnectionFailed extends SpApiException {
        public ConnectionFailed(SpApiOperation operation, Throwable cause) {
            super(
                    operation,
                    0,
                    List.of(),
                    null,
                    "no response (" + cause.getClass().getSimpleName() + ": " + cause.getMessage() + ")",
                    cause);
        }

        @Override
        public boolean transientFailure() {
            return true;
        }
    }

    /** A 2xx whose body is not the JSON the model promises (e.g. truncated). */
    public static final class MalformedResponse extends SpApiException {
        public MalformedResponse(SpApiOperation operation, int status, String requestId, Throwable cause) {
            super(
                    operation,
                    status,
                    List.of(),
                    requestId,
                    "unreadable response body (" + cause.getMessage() + ")",
                    cause);
        }

        @Override
        public boolean transientFailure() {
            return true;
        }
    }
}
