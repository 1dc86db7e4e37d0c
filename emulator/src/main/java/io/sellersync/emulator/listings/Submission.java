// SPDX-License-Identifier: Apache-2.0
package io.sellersync.emulator.listings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * A listings write, whichever way it arrived (Listings Items PUT/PATCH/DELETE or a {@code JSON_LISTINGS_FEED}
 * message), already checked against the request schema.
 */
public record Submission(
        String sellerId,
        String sku,
        String operationType,
        String productType,
        String requirements,
        ObjectNode attributes,
        List<Patch> patches,
        List<String> marketplaceIds) {

    /** One JSON Patch operation on a top-level attribute. */
    public record Patch(String op, String path, JsonNode value) {}

    public Submission {
        patches = patches == null ? List.of() : List.copyOf(patches);
        marketplaceIds = List.copyOf(marketplaceIds);
    }
}
