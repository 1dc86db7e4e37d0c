// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.inventory;

import io.sellersync.messages.shared.Money;

/** {@code units} units of the item were sold by an Amazon order; {@code soldUnits} is the item's total sold after. */
public record InventoryUnitsSoldEvent(
        InventoryItemId itemId,
        String localSku,
        String saleKey,
        String amazonOrderId,
        int units,
        Money salePrice,
        int soldUnits)
        implements InventoryItemEvent {

    @Override
    public String describe() {
        return "%d unit(s) of %s sold by Amazon order %s at %s"
                .formatted(units, localSku, amazonOrderId, salePrice == null ? "no price" : salePrice);
    }
}
