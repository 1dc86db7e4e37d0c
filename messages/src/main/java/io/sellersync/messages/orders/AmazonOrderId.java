// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.orders;

import io.sellersync.messages.accounts.AccountId;

/**
 * Identity of an Amazon order in sellersync: the account and Amazon's {@code orderId} (the same Amazon id under two
 * accounts is two orders). {@code toString()} is the raw value.
 */
public record AmazonOrderId(String value) {

    public AmazonOrderId {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("order id is required");
        }
    }

    public static AmazonOrderId of(AccountId accountId, String amazonOrderId) {
        if (amazonOrderId == null || amazonOrderId.isBlank()) {
            throw new IllegalArgumentException("Amazon's orderId is required");
        }
        return new AmazonOrderId(accountId.value() + "@" + amazonOrderId);
    }

    /** Amazon's order id (the part after the account). */
    public String amazonOrderId() {
        return value.substring(value.indexOf('@') + 1);
    }

    @Override
    public String toString() {
        return value;
    }
}
