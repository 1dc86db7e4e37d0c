// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.shared;

/** Thrown by a handler that refuses a request; nothing has changed when it is thrown. */
public class BusinessException extends RuntimeException {

    private final transient BusinessError error;

    public BusinessException(ErrorCode code, String field, String message) {
        super(message);
        this.error = new BusinessError(code, field, message);
    }

    public static BusinessException invalid(String field, String message) {
        return new BusinessException(ErrorCode.INVALID_INPUT, field, message);
    }

    public BusinessError error() {
        return error;
    }
}
