// SPDX-License-Identifier: Apache-2.0
package io.sellersync.api.inventory.csv;

import io.sellersync.messages.inventory.InventoryStatus;
import io.sellersync.messages.inventory.ItemCondition;
import io.sellersync.messages.shared.Money;

/**
 * A row that passed every check, typed: what becomes one {@code CreateInventoryItemCommand}. {@code asin},
 * {@code title}, {@code price}, {@code cost} and {@code notes} may be null.
 */
public record CsvRow(
        int line,
        String localSku,
        String asin,
        String title,
        ItemCondition condition,
        Money price,
        int quantity,
        Money cost,
        InventoryStatus status,
        String notes) {}
