// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.activity;

import io.sellersync.messages.shared.BusinessException;

/**
 * A page of the audit trail, newest first. {@code subject} (an aggregate id) and {@code eventType} narrow it when
 * not null.
 */
public record ListActivityQuery(String subject, String eventType, int offset, int limit) {

    public ListActivityQuery {
        if (offset < 0) {
            throw BusinessException.invalid("offset", "offset must not be negative");
        }
        if (limit < 1 || limit > 500) {
            throw BusinessException.invalid("limit", "limit must be between 1 and 500");
        }
    }
}
