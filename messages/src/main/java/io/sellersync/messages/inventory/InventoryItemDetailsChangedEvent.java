// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.inventory;

import io.sellersync.messages.shared.Money;
import java.util.ArrayList;
import java.util.List;

/**
 * Some of an item's details changed. {@code changed} names the fields that did (see the constants); only those carry
 * their new value, and a named field with a null value was cleared. {@code sku} is the local SKU before the change,
 * so the history names the item the way the seller knew it.
 */
public record InventoryItemDetailsChangedEvent(
        InventoryItemId itemId,
        String sku,
        List<String> changed,
        String localSku,
        String asin,
        String title,
        ItemCondition condition,
        Integer quantity,
        Money cost,
        String notes)
        implements InventoryItemEvent {

    public static final String LOCAL_SKU = "localSku";
    public static final String ASIN = "asin";
    public static final String TITLE = "title";
    public static final String CONDITION = "condition";
    public static final String QUANTITY = "quantity";
    public static final String COST = "cost";
    public static final String NOTES = "notes";

    public InventoryItemDetailsChangedEvent {
        changed = List.copyOf(changed);
    }

    public boolean changes(String field) {
        return changed.contains(field);
    }

    @Override
    public String describe() {
        List<String> parts = new ArrayList<>();
        part(parts, LOCAL_SKU, "local SKU", localSku);
        part(parts, ASIN, "ASIN", asin);
        part(parts, TITLE, "title", title == null ? null : "\"" + title + "\"");
        part(parts, CONDITION, "condition", condition == null ? null : condition.label());
        part(parts, QUANTITY, "quantity", quantity == null ? null : quantity.toString());
        part(parts, COST, "cost", cost == null ? null : cost.toString());
        if (changes(NOTES)) {
            parts.add(notes == null ? "notes cleared" : "notes edited");
        }
        return "Details of " + sku + " changed: " + String.join(", ", parts);
    }

    private void part(List<String> parts, String field, String name, String value) {
        if (changes(field)) {
            parts.add(value == null ? name + " cleared" : name + " " + value);
        }
    }
}
