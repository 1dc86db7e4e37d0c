// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.feed;

import io.sellersync.messages.inventory.ItemCondition;
import io.sellersync.messages.queue.QueueItemId;
import io.sellersync.messages.shared.Money;
import java.util.List;

/**
 * One SKU in a feed, as decided at build time. {@code price} null = quantity only; {@code quantity} null = price only
 * (a reprice adds no units). {@code quantity} is absolute on Amazon: {@code liveQuantity} (read at build time, null when
 * Amazon has no offer) plus {@code unitsAdded}. {@code entries} are the queue entries the message carries, so every
 * result maps back to them.
 */
public record FeedMessage(
        int messageId,
        String sku,
        FeedOperation operation,
        String productType,
        String asin,
        ItemCondition condition,
        Money price,
        Integer quantity,
        Money livePrice,
        Integer liveQuantity,
        int unitsAdded,
        List<QueueItemId> entries) {

    public FeedMessage {
        entries = List.copyOf(entries);
    }

    public boolean newSku() {
        return operation == FeedOperation.UPDATE;
    }
}
