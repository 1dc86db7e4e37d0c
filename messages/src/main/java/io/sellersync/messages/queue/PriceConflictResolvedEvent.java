// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.queue;

import io.sellersync.messages.inventory.InventoryItemId;
import io.sellersync.messages.shared.Money;

/**
 * The seller answered a price conflict; {@code price} is the entry's price from now on and {@code needsConfirmation}
 * is re-evaluated against the live price.
 */
public record PriceConflictResolvedEvent(
        QueueItemId queueItemId,
        InventoryItemId itemId,
        ConflictResolution resolution,
        Money price,
        boolean needsConfirmation)
        implements QueueItemEvent {

    @Override
    public String describe() {
        return "Price conflict for queued item %s resolved: %s (%s)".formatted(itemId, resolution.label(), price);
    }
}
