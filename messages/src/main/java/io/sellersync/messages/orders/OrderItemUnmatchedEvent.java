// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.orders;

import io.sellersync.messages.accounts.AccountId;
import java.time.Instant;

/**
 * Shipped units of an order item could not be matched to listed inventory: {@code unmatchedUnits} is how many are
 * open now (0 when a cancellation closed them). They wait in the unmatched list until the seller picks units or
 * ignores them.
 */
public record OrderItemUnmatchedEvent(
        AmazonOrderId orderId,
        AccountId accountId,
        String orderItemId,
        String sellerSku,
        String asin,
        String title,
        int unmatchedUnits,
        Instant at)
        implements AmazonOrderEvent {

    @Override
    public String describe() {
        return unmatchedUnits == 0
                ? "Order %s, %s: no unmatched units left".formatted(orderId.amazonOrderId(), sellerSku)
                : "Order %s, %s: %d shipped unit(s) match no listed inventory"
                        .formatted(orderId.amazonOrderId(), sellerSku, unmatchedUnits);
    }
}
