// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.queue;

import io.sellersync.messages.inventory.InventoryItemId;
import io.sellersync.messages.shared.Money;

/**
 * The queued price differs from Amazon's live price or another queued entry's; the seller has to choose. An entry
 * holds one open conflict at a time and a {@link ConflictKind#QUEUE} conflict comes first: it must be resolved before
 * submit and is never lost, while an Amazon conflict that was hidden behind it is recorded as soon as the queue
 * conflict is resolved and is detected again at submit time anyway (Amazon's prices move).
 */
public record PriceConflictDetectedEvent(
        QueueItemId queueItemId, InventoryItemId itemId, ConflictKind kind, Money yourPrice, Money theirPrice)
        implements QueueItemEvent {

    @Override
    public String describe() {
        return "Price conflict for queued item %s: your price %s, %s %s"
                .formatted(itemId, yourPrice, kind.label(), theirPrice);
    }
}
