// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.inventory;

import io.sellersync.messages.shared.Money;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Creates a local inventory item. {@code cost} and {@code notes} may be null; {@code source} says where it came from
 * for the item's history ("created by hand", "CSV import stock.csv, line 12"). Imports derive {@code itemId} from the
 * import and the line, so sending the same import twice cannot create an item twice.
 */
public record CreateInventoryItemCommand(
        @TargetAggregateIdentifier InventoryItemId itemId,
        String localSku,
        String asin,
        String title,
        ItemCondition condition,
        Money price,
        int quantity,
        Money cost,
        InventoryStatus status,
        String notes,
        String source) {}
