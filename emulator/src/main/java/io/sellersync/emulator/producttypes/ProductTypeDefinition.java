// SPDX-License-Identifier: Apache-2.0
package io.sellersync.emulator.producttypes;

import java.util.List;
import java.util.Set;

/**
 * The emulator's small but real-shaped rules for one product type: which attributes exist and which ones each
 * {@code requirements} level needs. Feeds and the Listings Items API validate against the same rules, as Amazon does.
 */
public record ProductTypeDefinition(
        String name, String displayName, Set<String> attributes, List<String> productFacts, List<String> offerTerms) {

    public ProductTypeDefinition {
        attributes = Set.copyOf(attributes);
        productFacts = List.copyOf(productFacts);
        offerTerms = List.copyOf(offerTerms);
    }

    /** The attributes a submission must carry for the given requirements ({@code LISTING} by default). */
    public List<String> required(String requirements) {
        if ("LISTING_OFFER_ONLY".equals(requirements)) {
            return offerTerms;
        }
        if ("LISTING_PRODUCT_ONLY".equals(requirements)) {
            return productFacts;
        }
        java.util.List<String> all = new java.util.ArrayList<>(productFacts);
        offerTerms.stream().filter(a -> !all.contains(a)).forEach(all::add);
        return all;
    }
}
