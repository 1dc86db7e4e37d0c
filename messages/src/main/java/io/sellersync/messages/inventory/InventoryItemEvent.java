// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.inventory;

import io.sellersync.messages.shared.AuditedEvent;

/** Every event of the {@code InventoryItem} aggregate; {@link #itemId()} drives sequencing and projections. */
public sealed interface InventoryItemEvent extends AuditedEvent
        permits InventoryItemCreatedEvent,
                InventoryItemDetailsChangedEvent,
                InventoryItemPriceChangedEvent,
                InventoryItemStatusChangedEvent,
                InventoryUnitsSoldEvent,
                InventoryUnitsReleasedEvent {

    InventoryItemId itemId();
}
