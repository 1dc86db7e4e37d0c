// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.inventory;

import io.sellersync.messages.shared.Money;

/** An item entered the inventory; {@code source} says how ("created by hand", "CSV import stock.csv, line 12"). */
public record InventoryItemCreatedEvent(
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
        String source)
        implements InventoryItemEvent {

    @Override
    public String describe() {
        StringBuilder text = new StringBuilder("Item ").append(localSku);
        if (asin != null) {
            text.append(" (").append(asin).append(')');
        }
        text.append(" created: ")
                .append(condition.label())
                .append(", ")
                .append(price == null ? "no price" : price.toString())
                .append(", quantity ")
                .append(quantity)
                .append(", ")
                .append(status);
        if (source != null && !source.isBlank()) {
            text.append(" (").append(source).append(')');
        }
        return text.toString();
    }
}
