// SPDX-License-Identifier: Apache-2.0
package io.sellersync.emulator.listings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sellersync.emulator.spapi.SpApiException;
import io.sellersync.emulator.world.Seller;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The request-schema checks of the Listings Items model ({@code ListingsItemPatchRequest},
 * {@code ListingsItemPutRequest}, {@code marketplaceIds}); a violation is a 400 with code {@code BAD_REQUEST}, as in
 * the model's sandbox vectors.
 */
final class ListingsRequests {

    static final String BAD_REQUEST = "BAD_REQUEST";
    static final Set<String> PATCH_OPS = Set.of("add", "replace", "merge", "delete");
    static final Set<String> REQUIREMENTS = Set.of("LISTING", "LISTING_PRODUCT_ONLY", "LISTING_OFFER_ONLY");

    private ListingsRequests() {}

    static void marketplaces(Seller seller, List<String> marketplaceIds, Integer maxItems) {
        if (marketplaceIds.isEmpty()) {
            throw bad("Missing required parameter marketplaceIds.");
        }
        if (maxItems != null && marketplaceIds.size() > maxItems) {
            throw bad("Parameter marketplaceIds accepts at most " + maxItems + " value(s).");
        }
        for (String id : marketplaceIds) {
            if (!seller.marketplaceIds().contains(id)) {
                throw bad("Invalid marketplaceIds value '" + id + "': the seller does not participate in it.");
            }
        }
    }

    static List<Submission.Patch> patchBody(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw bad("The request body must be a ListingsItemPatchRequest object.");
        }
        requireText(body, "productType");
        JsonNode patches = body.get("patches");
        if (patches == null || !patches.isArray() || patches.isEmpty()) {
            throw bad("'patches' is required and must contain at least one patch operation.");
        }
        List<Submission.Patch> result = new ArrayList<>();
        for (JsonNode patch : patches) {
            if (!patch.isObject()) {
                throw bad("Each patch operation must be an object.");
            }
            JsonNode op = patch.get("op");
            if (op == null || !op.isTextual() || !PATCH_OPS.contains(op.asText())) {
                throw bad("Each patch operation needs 'op', one of " + PATCH_OPS + ".");
            }
            JsonNode path = patch.get("path");
            if (path == null || !path.isTextual()) {
                throw bad("Each patch operation needs a string 'path'.");
            }
            JsonNode value = patch.get("value");
            if (value != null) {
                if (!value.isArray()) {
                    throw bad("'value' of a patch operation must be an array of objects.");
                }
                value.forEach(v -> {
                    if (!v.isObject()) {
                        throw bad("'value' of a patch operation must be an array of objects.");
                    }
                });
            }
            result.add(new Submission.Patch(op.asText(), path.asText(), value));
        }
        return result;
    }

    static ObjectNode putBody(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw bad("The request body must be a ListingsItemPutRequest object.");
        }
        requireText(body, "productType");
        JsonNode requirements = body.get("requirements");
        if (requirements != null && (!requirements.isTextual() || !REQUIREMENTS.contains(requirements.asText()))) {
            throw bad("'requirements' must be one of " + REQUIREMENTS + ".");
        }
        JsonNode attributes = body.get("attributes");
        if (attributes == null || !attributes.isObject()) {
            throw bad("'attributes' is required and must be an object.");
        }
        return (ObjectNode) attributes;
    }

    private static void requireText(JsonNode body, String field) {
        JsonNode node = body.get(field);
        if (node == null || !node.isTextual()) {
            throw bad("'" + field + "' is required and must be a string.");
        }
    }

    static SpApiException bad(String message) {
        return SpApiException.badRequest(BAD_REQUEST, message);
    }
}
