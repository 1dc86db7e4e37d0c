// SPDX-License-Identifier: Apache-2.0
package io.sellersync.api.web.inventory;

import io.sellersync.api.graphql.inventory.InventoryItemInput;
import io.sellersync.api.web.PageInputs;
import io.sellersync.messages.inventory.InventoryItemView;
import io.sellersync.messages.inventory.InventoryStatus;
import io.sellersync.messages.inventory.ItemCondition;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Between the item form's text fields and typed input: what the form shows for an item, and what it sent. */
final class FormValues {

    private FormValues() {}

    static Map<String, String> of(InventoryItemView item) {
        Map<String, String> form = new HashMap<>();
        form.put("localSku", item.localSku());
        form.put("asin", item.asin());
        form.put("title", item.title());
        form.put("condition", item.condition().name());
        form.put("price", item.price() == null ? "" : item.price().amount().toPlainString());
        form.put("cost", item.cost() == null ? "" : item.cost().amount().toPlainString());
        String currency = item.price() != null ? item.price().currency().getCurrencyCode() : null;
        if (currency == null && item.cost() != null) {
            currency = item.cost().currency().getCurrencyCode();
        }
        form.put("currency", currency == null ? "GBP" : currency);
        form.put("quantity", Integer.toString(item.quantity()));
        form.put("status", item.status().name());
        form.put("notes", item.notes());
        return form;
    }

    /** Typed input from the form; a value that is not even the right kind (quantity "two") is put in errors. */
    static InventoryItemInput input(Map<String, String> form, Map<String, String> errors) {
        Integer quantity = null;
        String quantityText = PageInputs.blankToNull(form.get("quantity"));
        if (quantityText != null) {
            try {
                quantity = Integer.valueOf(quantityText);
            } catch (NumberFormatException e) {
                errors.put("quantity", "quantity must be a whole number, such as 1");
            }
        }
        return new InventoryItemInput(
                trimmed(form.get("localSku")),
                trimmed(form.get("asin")),
                trimmed(form.get("title")),
                condition(form.get("condition")),
                form.get("price"),
                form.get("cost"),
                form.get("currency"),
                quantity,
                status(form.get("status")),
                form.get("notes"));
    }

    /** By enum name or Amazon's code; blank or unknown is no condition (the item then refuses it by field). */
    static ItemCondition condition(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return byName(ItemCondition.values(), text)
                .or(() -> ItemCondition.parse(text))
                .orElse(null);
    }

    static InventoryStatus status(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return byName(InventoryStatus.values(), text).orElse(null);
    }

    private static <E extends Enum<E>> Optional<E> byName(E[] values, String text) {
        String wanted = text.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(values).filter(v -> v.name().equals(wanted)).findFirst();
    }

    private static String trimmed(String value) {
        return value == null ? null : value.strip();
    }
}
