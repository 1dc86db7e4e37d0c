// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.orders;

import io.sellersync.messages.accounts.AccountId;
import java.time.Instant;

/** The seller chose to ignore {@code units} unmatched units of an order item (not tracked in the inventory). */
public record OrderItemIgnoredEvent(
        AmazonOrderId orderId,
        AccountId accountId,
        String orderItemId,
        String sellerSku,
        int units,
        int unmatchedUnits,
        Instant ignoredAt)
        implements AmazonOrderEvent {

    @Override
    public String describe() {
        return "Order %s, %s: %d unmatched unit(s) ignored".formatted(orderId.amazonOrderId(), sellerSku, units);
    }
}
