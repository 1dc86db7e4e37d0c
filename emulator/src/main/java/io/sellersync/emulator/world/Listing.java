// SPDX-License-Identifier: Apache-2.0
package io.sellersync.emulator.world;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The live state of one seller SKU: what Amazon shows buyers right now.
 *
 * <p>Prices are per marketplace ({@link Offer}); the merchant-fulfilled quantity is one number per SKU for the whole
 * region, because the model's {@code fulfillmentAvailability} and the {@code fulfillment_availability} attribute carry
 * no marketplace. Attributes other than offer, quantity, condition and name are kept as the JSON that was written.
 */
public record Listing(
        String sellerId,
        String sku,
        String asin,
        String productType,
        String conditionType,
        String itemName,
        int quantity,
        Instant createdDate,
        Instant lastUpdatedDate,
        Map<String, Offer> offers,
        Map<String, JsonNode> attributes) {

    public Listing {
        offers = Collections.unmodifiableMap(new LinkedHashMap<>(offers));
        Map<String, JsonNode> copy = new LinkedHashMap<>();
        attributes.forEach((k, v) -> copy.put(k, v.deepCopy()));
        attributes = Collections.unmodifiableMap(copy);
    }

    public boolean listedIn(String marketplaceId) {
        return offers.containsKey(marketplaceId);
    }

    public Listing withOffers(Map<String, Offer> newOffers, Instant at) {
        return new Listing(
                sellerId,
                sku,
                asin,
                productType,
                conditionType,
                itemName,
                quantity,
                createdDate,
                at,
                newOffers,
                attributes);
    }

    public Listing withQuantity(int newQuantity, Instant at) {
        return new Listing(
                sellerId,
                sku,
                asin,
                productType,
                conditionType,
                itemName,
                newQuantity,
                createdDate,
                at,
                offers,
                attributes);
    }

    public Listing withCondition(String newCondition, Instant at) {
        return new Listing(
                sellerId,
                sku,
                asin,
                productType,
                newCondition,
                itemName,
                quantity,
                createdDate,
                at,
                offers,
                attributes);
    }

    public Listing withItemName(String newName, Instant at) {
        return new Listing(
                sellerId,
                sku,
                asin,
                productType,
                conditionType,
                newName,
                quantity,
                createdDate,
                at,
                offers,
                attributes);
    }

    public Listing withAttributes(Map<String, JsonNode> newAttributes, Instant at) {
        return new Listing(
                sellerId,
                sku,
                asin,
                productType,
                conditionType,
                itemName,
                quantity,
                createdDate,
                at,
                offers,
                newAttributes);
    }
}
