// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.orders;

import io.sellersync.messages.accounts.AccountId;
import io.sellersync.messages.inventory.InventoryItemId;
import io.sellersync.messages.shared.Money;
import java.time.Instant;

/**
 * {@code units} more units of inventory item {@code itemId} were sold by this order item (at {@code salePrice} each).
 * {@code linkedUnits} and {@code unmatchedUnits} are the order item's totals after the event. {@code byUser} when the
 * seller picked the units while resolving an unmatched item.
 */
public record OrderItemLinkedEvent(
        AmazonOrderId orderId,
        AccountId accountId,
        String orderItemId,
        String sellerSku,
        InventoryItemId itemId,
        String localSku,
        int units,
        Money salePrice,
        boolean byUser,
        int linkedUnits,
        int unmatchedUnits,
        Instant linkedAt)
        implements AmazonOrderEvent {

    @Override
    public String describe() {
        return "%d unit(s) of %s sold by order %s (%s)%s"
                .formatted(units, localSku, orderId.amazonOrderId(), sellerSku, byUser ? ", picked by hand" : "");
    }
}
