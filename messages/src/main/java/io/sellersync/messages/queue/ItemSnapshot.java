// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.queue;

import io.sellersync.messages.inventory.InventoryItemId;
import io.sellersync.messages.inventory.InventoryStatus;
import io.sellersync.messages.inventory.ItemCondition;
import io.sellersync.messages.shared.Money;

/** The inventory item as it was when it was queued; the queue entry keeps its own copy of what it will send. */
public record ItemSnapshot(
        InventoryItemId itemId,
        String localSku,
        String title,
        String asin,
        ItemCondition condition,
        Money price,
        int quantity,
        InventoryStatus status) {}
