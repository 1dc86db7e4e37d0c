// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.queue;

import io.sellersync.messages.inventory.InventoryItemId;
import io.sellersync.messages.shared.Money;

/**
 * The seller answered a price conflict (or a queue-vs-queue conflict went away because the other entries now agree);
 * {@code price} is the entry's price from now on and {@code needsConfirmation} is re-evaluated against the live price.
 * {@code kind} is the conflict that was resolved: {@code USE_AMAZON_PRICE} on a {@link ConflictKind#QUEUE} conflict
 * took the other queued entry's price, not Amazon's.
 */
public record PriceConflictResolvedEvent(
        QueueItemId queueItemId,
        InventoryItemId itemId,
        ConflictResolution resolution,
        Money price,
        boolean needsConfirmation,
        ConflictKind kind)
        implements QueueItemEvent {

    @Override
    public String describe() {
        String answer = kind == ConflictKind.QUEUE && resolution == ConflictResolution.USE_AMAZON_PRICE
                ? "use the other queued entry's price"
                : resolution.label();
        return "Price conflict for queued item %s resolved: %s (%s)".formatted(itemId, answer, price);
    }
}
