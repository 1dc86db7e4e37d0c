// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.queue;

import io.sellersync.messages.inventory.InventoryItemId;

/** The entry left the queue without being sent; Amazon was not changed. */
public record QueueItemRemovedEvent(QueueItemId queueItemId, InventoryItemId itemId, RemovalReason reason)
        implements QueueItemEvent {

    @Override
    public String describe() {
        return "Queued item %s left the queue: %s".formatted(itemId, reason.label());
    }
}
