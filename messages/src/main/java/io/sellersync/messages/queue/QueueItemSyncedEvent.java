// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.queue;

import io.sellersync.messages.feed.FeedId;
import io.sellersync.messages.inventory.InventoryItemId;
import java.time.Instant;

/** The entry's price and quantity are verified live on Amazon; it has left the queue. */
public record QueueItemSyncedEvent(QueueItemId queueItemId, InventoryItemId itemId, FeedId feedId, Instant at)
        implements QueueItemEvent {

    @Override
    public String describe() {
        return "Queue entry %s synced to Amazon (feed %s)".formatted(queueItemId, feedId);
    }
}
