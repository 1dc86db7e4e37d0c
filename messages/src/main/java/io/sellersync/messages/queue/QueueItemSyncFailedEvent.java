// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.queue;

import io.sellersync.messages.feed.FeedId;
import io.sellersync.messages.inventory.InventoryItemId;
import java.time.Instant;

/** A feed did not apply the entry; it stays queued with {@code reason}. */
public record QueueItemSyncFailedEvent(
        QueueItemId queueItemId, InventoryItemId itemId, FeedId feedId, String reason, Instant at)
        implements QueueItemEvent {

    @Override
    public String describe() {
        return "Queue entry %s not applied by feed %s: %s".formatted(queueItemId, feedId, reason);
    }
}
