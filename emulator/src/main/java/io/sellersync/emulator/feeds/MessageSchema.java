// SPDX-License-Identifier: Apache-2.0
package io.sellersync.emulator.feeds;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The rules of {@code listings-feed-message-schema-v2.json} for one message, written out so the emulator runs without
 * the schema files: required fields, types and the {@code oneOf} of what each {@code operationType} requires and
 * forbids (for example {@code requirements} only with {@code UPDATE}).
 */
final class MessageSchema {

    static final Set<String> OPERATION_TYPES = Set.of("UPDATE", "PARTIAL_UPDATE", "PATCH", "DELETE");
    static final Set<String> REQUIREMENTS = Set.of("LISTING", "LISTING_PRODUCT_ONLY", "LISTING_OFFER_ONLY");
    static final Set<String> PATCH_OPS = Set.of("add", "replace", "merge", "delete");

    private MessageSchema() {}

    /** Every violation, as a human-readable sentence; empty when the message is valid. */
    static List<String> violations(JsonNode message) {
        List<String> v = new ArrayList<>();
        if (!message.isObject()) {
            v.add("A message must be a JSON object.");
            return v;
        }
        JsonNode messageId = message.get("messageId");
        if (messageId == null || !messageId.isIntegralNumber() || messageId.asLong() < 1) {
            v.add("'messageId' is required and must be an integer of at least 1.");
        }
        JsonNode sku = message.get("sku");
        if (sku == null || !sku.isTextual() || sku.asText().isEmpty()) {
            v.add("'sku' is required and must be a non-empty string.");
        }
        JsonNode op = message.get("operationType");
        if (op == null || !op.isTextual() || !OPERATION_TYPES.contains(op.asText())) {
            v.add("'operationType' is required and must be one of " + OPERATION_TYPES + ".");
            return v;
        }
        JsonNode productType = message.get("productType");
        if (productType != null
                && (!productType.isTextual() || productType.asText().isEmpty())) {
            v.add("'productType' must be a non-empty string.");
        }
        JsonNode requirements = message.get("requirements");
        if (requirements != null && (!requirements.isTextual() || !REQUIREMENTS.contains(requirements.asText()))) {
            v.add("'requirements' must be one of " + REQUIREMENTS + ".");
        }
        JsonNode attributes = message.get("attributes");
        if (attributes != null && (!attributes.isObject() || attributes.isEmpty())) {
            v.add("'attributes' must be an object with at least one attribute.");
        }
        JsonNode patches = message.get("patches");
        if (patches != null) {
            patches(patches, v);
        }
        String type = op.asText();
        switch (type) {
            case "UPDATE" -> {
                require(message, v, type, "productType", "attributes");
                forbid(message, v, type, "patches");
            }
            case "PARTIAL_UPDATE" -> {
                require(message, v, type, "productType", "attributes");
                forbid(message, v, type, "requirements", "patches");
            }
            case "PATCH" -> {
                require(message, v, type, "productType", "patches");
                forbid(message, v, type, "requirements", "attributes");
            }
            default -> forbid(message, v, type, "requirements", "attributes", "productType", "patches");
        }
        return v;
    }

    private static void patches(JsonNode patches, List<String> v) {
        if (!patches.isArray() || patches.isEmpty()) {
            v.add("'patches' must be an array with at least one patch operation.");
            return;
        }
        for (JsonNode patch : patches) {
            if (!patch.isObject()) {
                v.add("Each patch operation must be an object.");
                continue;
            }
            JsonNode op = patch.get("op");
            if (op == null || !op.isTextual() || !PATCH_OPS.contains(op.asText())) {
                v.add("Each patch operation needs 'op', one of " + PATCH_OPS + ".");
            }
            JsonNode path = patch.get("path");
            if (path == null || !path.isTextual()) {
                v.add("Each patch operation needs a string 'path'.");
            }
            JsonNode value = patch.get("value");
            if (value != null) {
                boolean objects = value.isArray();
                for (JsonNode item : value) {
                    objects &= item.isObject();
                }
                if (!objects) {
                    v.add("'value' of a patch operation must be an array of objects.");
                }
            }
        }
    }

    private static void require(JsonNode message, List<String> v, String type, String... fields) {
        for (String field : fields) {
            if (!message.has(field)) {
                v.add("'" + field + "' is required for operationType " + type + ".");
            }
        }
    }

    private static void forbid(JsonNode message, List<String> v, String type, String... fields) {
        for (String field : fields) {
            if (message.has(field)) {
                v.add("'" + field + "' is not applicable to operationType " + type + ".");
            }
        }
    }
}
