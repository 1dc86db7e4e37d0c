// SPDX-License-Identifier: Apache-2.0
package io.sellersync.integration.listings;

import io.sellersync.messages.inventory.ItemCondition;
import io.sellersync.messages.shared.Money;

/** One row of a listing report as the cache keeps it; price, quantity and condition may be absent. */
record CachedListing(
        String sellerSku, String asin, ItemCondition condition, Money price, Integer quantity, String status) {

    boolean active() {
        return status != null && status.equalsIgnoreCase("Active");
    }
}
