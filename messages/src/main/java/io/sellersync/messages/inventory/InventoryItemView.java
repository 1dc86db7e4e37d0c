// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.inventory;

import io.sellersync.messages.shared.Money;
import java.time.Instant;

/** One inventory item as the read model shows it; {@code cost} and {@code notes} may be null. */
public record InventoryItemView(
        InventoryItemId itemId,
        String localSku,
        String asin,
        String title,
        ItemCondition condition,
        Money price,
        int quantity,
        Money cost,
        InventoryStatus status,
        String notes,
        Instant createdAt,
        Instant updatedAt) {}
