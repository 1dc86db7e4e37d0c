// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.finances;

import io.sellersync.messages.inventory.InventoryItemId;
import io.sellersync.messages.orders.AmazonOrderId;

/**
 * The money of sold inventory units: of one inventory item (every order line that sold its units) or of one order
 * (every inventory item its lines sold); exactly one of the two is set. Answers a list of {@link SoldUnitsView}, oldest
 * link first.
 */
public record SoldUnitsQuery(InventoryItemId itemId, AmazonOrderId orderId) {

    public SoldUnitsQuery {
        if ((itemId == null) == (orderId == null)) {
            throw new IllegalArgumentException("either an inventory item or an order is required");
        }
    }

    public static SoldUnitsQuery ofItem(InventoryItemId itemId) {
        return new SoldUnitsQuery(itemId, null);
    }

    public static SoldUnitsQuery ofOrder(AmazonOrderId orderId) {
        return new SoldUnitsQuery(null, orderId);
    }
}
