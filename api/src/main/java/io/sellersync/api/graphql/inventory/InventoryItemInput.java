// SPDX-License-Identifier: Apache-2.0
package io.sellersync.api.graphql.inventory;

import io.sellersync.messages.inventory.InventoryStatus;
import io.sellersync.messages.inventory.ItemCondition;

/** An item's values as typed by a person (GraphQL input or a form): money still as text, defaults not yet applied. */
public record InventoryItemInput(
        String localSku,
        String asin,
        String title,
        ItemCondition condition,
        String price,
        String cost,
        String currency,
        Integer quantity,
        InventoryStatus status,
        String notes) {}
