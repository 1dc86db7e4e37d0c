// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.inventory;

/** A sale gave {@code units} units back (cancelled or returned); {@code soldUnits} is the item's total sold after. */
public record InventoryUnitsReleasedEvent(
        InventoryItemId itemId,
        String localSku,
        String saleKey,
        String amazonOrderId,
        int units,
        boolean returned,
        int soldUnits)
        implements InventoryItemEvent {

    @Override
    public String describe() {
        return "%d unit(s) of %s released by Amazon order %s (%s)"
                .formatted(units, localSku, amazonOrderId, returned ? "returned" : "cancelled");
    }
}
