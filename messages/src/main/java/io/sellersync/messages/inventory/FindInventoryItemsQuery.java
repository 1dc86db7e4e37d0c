// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.inventory;

import java.util.List;

/** Several items by id (bulk actions); answered with the items found, as a list of {@link InventoryItemView}. */
public record FindInventoryItemsQuery(List<InventoryItemId> itemIds) {

    public FindInventoryItemsQuery {
        itemIds = List.copyOf(itemIds);
    }
}
