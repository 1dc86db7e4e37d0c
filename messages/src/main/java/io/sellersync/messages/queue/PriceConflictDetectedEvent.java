// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.queue;

import io.sellersync.messages.inventory.InventoryItemId;
import io.sellersync.messages.shared.Money;

/** The queued price differs from Amazon's live price or another queued entry's; the seller has to choose. */
public record PriceConflictDetectedEvent(
        QueueItemId queueItemId, InventoryItemId itemId, ConflictKind kind, Money yourPrice, Money theirPrice)
        implements QueueItemEvent {

    @Override
    public String describe() {
        return "Price conflict for queued item %s: your price %s, %s %s"
                .formatted(itemId, yourPrice, kind.label(), theirPrice);
    }
}
