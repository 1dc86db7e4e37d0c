// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.listings;

import io.sellersync.messages.inventory.ItemCondition;
import io.sellersync.messages.shared.Money;

/**
 * How one ASIN and condition maps to Amazon. When {@code failure} is set, nothing else but asin and condition is
 * (the item must stay out of the queue, with that reason). Otherwise {@code sellerSku} is set, {@code newSku} says it
 * was generated, {@code productType} comes from Catalog Items (cached 180 days), and {@code livePrice} /
 * {@code liveQuantity} are Amazon's current offer (null when there is none, always null for a new SKU).
 */
public record ListingResolution(
        String asin,
        ItemCondition condition,
        String sellerSku,
        boolean newSku,
        String productType,
        Money livePrice,
        Integer liveQuantity,
        String failure) {

    public boolean failed() {
        return failure != null;
    }
}
