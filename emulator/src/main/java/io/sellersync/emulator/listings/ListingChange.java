// SPDX-License-Identifier: Apache-2.0
package io.sellersync.emulator.listings;

import com.fasterxml.jackson.databind.JsonNode;
import io.sellersync.emulator.world.Listing;
import java.math.BigDecimal;
import java.util.List;

/**
 * One accepted change waiting to go live. Each kind has its own propagation delay: quantity is fast, price is slow,
 * everything else in between.
 */
public sealed interface ListingChange {

    /** A new offer price in one marketplace; a null price withdraws the offer. */
    record SetPrice(String marketplaceId, String currency, BigDecimal price) implements ListingChange {}

    /** The merchant-fulfilled quantity for the SKU. */
    record SetQuantity(int quantity) implements ListingChange {}

    record SetCondition(String conditionType) implements ListingChange {}

    /** Any other attribute, stored as written; a null value removes it. */
    record SetAttribute(String name, JsonNode value) implements ListingChange {}

    /** Creates or replaces the whole listing (PUT, feed UPDATE). */
    record Upsert(Listing listing) implements ListingChange {}

    record Delete(List<String> marketplaceIds) implements ListingChange {
        public Delete {
            marketplaceIds = List.copyOf(marketplaceIds);
        }
    }
}
