// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.orders;

import io.sellersync.messages.accounts.AccountId;
import io.sellersync.messages.inventory.InventoryItemId;
import java.time.Instant;

/**
 * {@code units} of inventory item {@code itemId} were released from this order item (cancelled or returned).
 * {@code linkedUnits} and {@code unmatchedUnits} are the order item's totals after the event.
 */
public record OrderItemUnlinkedEvent(
        AmazonOrderId orderId,
        AccountId accountId,
        String orderItemId,
        InventoryItemId itemId,
        String localSku,
        int units,
        ReleaseReason reason,
        int linkedUnits,
        int unmatchedUnits,
        Instant unlinkedAt)
        implements AmazonOrderEvent {

    @Override
    public String describe() {
        return "%d unit(s) of %s released from order %s (%s)"
                .formatted(units, localSku, orderId.amazonOrderId(), reason.label());
    }
}
