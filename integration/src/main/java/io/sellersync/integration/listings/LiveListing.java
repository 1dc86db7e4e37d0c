// SPDX-License-Identifier: Apache-2.0
package io.sellersync.integration.listings;

import io.sellersync.messages.inventory.ItemCondition;
import io.sellersync.messages.shared.Money;

/**
 * A listing as Amazon shows it right now in one marketplace; price and quantity are null when Amazon has none.
 * {@code merchantFulfilled} is false when the listing has no {@code DEFAULT} (merchant) fulfillment channel: it is
 * fulfilled by Amazon (FBA) and {@code quantity} is Amazon's stock, which the seller cannot set.
 */
public record LiveListing(
        String sellerSku,
        String asin,
        ItemCondition condition,
        Money price,
        Integer quantity,
        boolean merchantFulfilled) {

    /** A merchant-fulfilled listing (or one whose channel is unknown). */
    public LiveListing(String sellerSku, String asin, ItemCondition condition, Money price, Integer quantity) {
        this(sellerSku, asin, condition, price, quantity, true);
    }
}
