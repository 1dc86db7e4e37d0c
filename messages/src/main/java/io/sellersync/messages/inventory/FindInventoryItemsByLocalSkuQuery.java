// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.inventory;

import java.util.List;

/** The items that already use any of these local SKUs (exact match); answered with a list of {@link InventoryItemView}. */
public record FindInventoryItemsByLocalSkuQuery(List<String> localSkus) {

    public FindInventoryItemsByLocalSkuQuery {
        localSkus = List.copyOf(localSkus);
    }
}
