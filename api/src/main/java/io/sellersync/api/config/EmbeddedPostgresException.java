// SPDX-License-Identifier: Apache-2.0
package io.sellersync.api.config;

/** The embedded database could not start; the message says where and why. */
public class EmbeddedPostgresException extends IllegalStateException {

    public EmbeddedPostgresException(String message, Throwable cause) {
        super(message, cause);
    }
}
