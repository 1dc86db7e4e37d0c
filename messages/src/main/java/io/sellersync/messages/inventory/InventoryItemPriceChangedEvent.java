// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.inventory;

import io.sellersync.messages.shared.Money;

/**
 * An item's price changed; either side may be null (an unpriced backlog item). {@code reason} says why ("use
 * Amazon's price", "edited"), or is null.
 */
public record InventoryItemPriceChangedEvent(
        InventoryItemId itemId, String localSku, Money oldPrice, Money newPrice, String reason)
        implements InventoryItemEvent {

    @Override
    public String describe() {
        String text;
        if (newPrice == null) {
            text = "Price of " + localSku + " removed (was " + oldPrice + ")";
        } else if (oldPrice == null) {
            text = "Price of " + localSku + " set to " + newPrice;
        } else {
            text = "Price of " + localSku + " changed from " + oldPrice + " to " + newPrice;
        }
        return reason == null || reason.isBlank() ? text : text + " (" + reason + ")";
    }
}
