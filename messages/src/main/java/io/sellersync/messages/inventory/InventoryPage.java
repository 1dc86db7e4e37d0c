// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.inventory;

import java.util.List;

/** One page of inventory items and the total matching the filter. */
public record InventoryPage(List<InventoryItemView> items, long total, int page, int size) {

    public InventoryPage {
        items = List.copyOf(items);
    }
}
