// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.inventory;

import java.util.UUID;

/** Identity of a local inventory item; {@code toString()} is the raw value (Axon stores it as a string). */
public record InventoryItemId(String value) {

    public InventoryItemId {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("inventory item id is required");
        }
    }

    public static InventoryItemId random() {
        return new InventoryItemId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
