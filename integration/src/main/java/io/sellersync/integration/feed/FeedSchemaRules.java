// SPDX-License-Identifier: Apache-2.0
package io.sellersync.integration.feed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules of Amazon's {@code listings-feed-schema-v2.json} (and, per message, {@code
 * listings-feed-message-schema-v2.json}) written out in Java, so the product checks its feeds without the schema files.
 * Each violation names the path: {@code messages[3].patches[0].value: must be an array of objects}. The contract tests
 * prove these rules reject exactly when the real schema does.
 *
 * <p>Beyond the schema, {@link #check(JsonNode)} also refuses a {@code messageId} used twice (the schema says "unique
 * within this feed submission" in words only).
 */
public final class FeedSchemaRules {

    public static final int MAX_MESSAGES = 25_000;
    static final BigDecimal MAX_MESSAGE_ID = BigDecimal.valueOf(2_147_483_647L);

    static final List<String> OPERATION_TYPES = List.of("UPDATE", "PARTIAL_UPDATE", "PATCH", "DELETE");
    static final List<String> REQUIREMENTS = List.of("LISTING", "LISTING_PRODUCT_ONLY", "LISTING_OFFER_ONLY");
    static final List<String> PATCH_OPS = List.of("add", "replace", "merge", "delete");
    static final List<String> INCLUDED_DATA = List.of(
            "summaries",
            "attributes",
            "issues",
            "offers",
            "fulfillmentAvailability",
            "procurement",
            "relationships",
            "productTypes");
    static final String API_VERSION = "2021-08-01";

    /** What each {@code operationType} requires and forbids (the schema's {@code oneOf}). */
    private static final Map<String, List<List<String>>> BRANCHES = Map.of(
            "UPDATE", List.of(List.of("productType", "attributes"), List.of("patches")),
            "DELETE", List.of(List.of(), List.of("requirements", "attributes", "productType", "patches")),
            "PARTIAL_UPDATE", List.of(List.of("productType", "attributes"), List.of("requirements", "patches")),
            "PATCH", List.of(List.of("productType", "patches"), List.of("requirements", "attributes")));

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private FeedSchemaRules() {}

    /** Schema violations of a whole feed document, plus duplicate message ids; empty when it is fine to send. */
    public static List<String> check(byte[] document) {
        JsonNode node;
        try {
            node = MAPPER.readTree(document);
        } catch (IOException e) {
            return List.of("$: not JSON (" + e.getMessage() + ")");
        }
        return node == null ? List.of("$: empty document") : check(node);
    }

    /** {@link #violations(JsonNode)} plus duplicate message ids. */
    public static List<String> check(JsonNode document) {
        List<String> v = new ArrayList<>(violations(document));
        JsonNode messages = document.path("messages");
        if (messages.isArray()) {
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < messages.size(); i++) {
                JsonNode id = messages.get(i).path("messageId");
                if (id.isNumber()
                        && !seen.add(id.decimalValue().stripTrailingZeros().toPlainString())) {
                    v.add("messages[" + i + "].messageId: " + id.asText() + " is used by an earlier message");
                }
            }
        }
        return v;
    }

    /** Exactly the feed schema: empty when {@code listings-feed-schema-v2.json} accepts the document. */
    public static List<String> violations(JsonNode document) {
        List<String> v = new ArrayList<>();
        if (!document.isObject()) {
            v.add("$: must be an object");
            return v;
        }
        JsonNode header = document.get("header");
        if (header == null) {
            v.add("header: is required");
        } else {
            header(header, v);
        }
        JsonNode messages = document.get("messages");
        if (messages == null) {
            v.add("messages: is required");
        } else if (!messages.isArray()) {
            v.add("messages: must be an array");
        } else {
            if (messages.isEmpty()) {
                v.add("messages: must have at least 1 message");
            }
            if (messages.size() > MAX_MESSAGES) {
                v.add("messages: must have at most " + MAX_MESSAGES + " messages, has " + messages.size());
            }
            for (int i = 0; i < messages.size(); i++) {
                message(messages.get(i), "messages[" + i + "]", true, v);
            }
        }
        return v;
    }

    /** Exactly the message schema ({@code listings-feed-message-schema-v2.json}: no maximum on messageId). */
    public static List<String> messageViolations(JsonNode message) {
        List<String> v = new ArrayList<>();
        message(message, "$", false, v);
        return v;
    }

    private static void header(JsonNode header, List<String> v) {
        if (!header.isObject()) {
            v.add("header: must be an object");
            return;
        }
        JsonNode sellerId = header.get("sellerId");
        if (sellerId == null) {
            v.add("header.sellerId: is required");
        } else if (!sellerId.isTextual()) {
            v.add("header.sellerId: must be a string");
        }
        JsonNode version = header.get("version");
        if (version == null) {
            v.add("header.version: is required");
        } else if (!version.isTextual() || !"2.0".equals(version.asText())) {
            v.add("header.version: must be \"2.0\"");
        }
        JsonNode locale = header.get("issueLocale");
        if (locale != null && !locale.isTextual()) {
            v.add("header.issueLocale: must be a string");
        }
        JsonNode report = header.get("report");
        if (report != null) {
            report(report, v);
        }
    }

    private static void report(JsonNode report, List<String> v) {
        if (!report.isObject()) {
            v.add("header.report: must be an object");
            return;
        }
        JsonNode included = report.get("includedData");
        if (included == null) {
            v.add("header.report.includedData: is required");
        } else if (!included.isArray()) {
            v.add("header.report.includedData: must be an array");
        } else {
            if (included.isEmpty()) {
                v.add("header.report.includedData: must have at least 1 item");
            }
            for (int i = 0; i < included.size(); i++) {
                enumString(included.get(i), INCLUDED_DATA, "header.report.includedData[" + i + "]", v);
            }
        }
        JsonNode apiVersion = report.get("apiVersion");
        if (apiVersion == null) {
            v.add("header.report.apiVersion: is required");
        } else {
            enumString(apiVersion, List.of(API_VERSION), "header.report.apiVersion", v);
        }
    }

    private static void message(JsonNode message, String at, boolean feedMaximum, List<String> v) {
        if (!message.isObject()) {
            v.add(at + ": must be an object");
            return;
        }
        JsonNode messageId = message.get("messageId");
        if (messageId == null) {
            v.add(at + ".messageId: is required");
        } else if (!isInteger(messageId)) {
            v.add(at + ".messageId: must be an integer");
        } else {
            BigDecimal id = messageId.decimalValue();
            if (id.compareTo(BigDecimal.ONE) < 0) {
                v.add(at + ".messageId: must be at least 1");
            }
            if (feedMaximum && id.compareTo(MAX_MESSAGE_ID) > 0) {
                v.add(at + ".messageId: must be at most " + MAX_MESSAGE_ID);
            }
        }
        JsonNode sku = message.get("sku");
        if (sku == null) {
            v.add(at + ".sku: is required");
        } else {
            nonEmptyString(sku, at + ".sku", v);
        }
        JsonNode operationType = message.get("operationType");
        if (operationType == null) {
            v.add(at + ".operationType: is required");
        } else {
            enumString(operationType, OPERATION_TYPES, at + ".operationType", v);
        }
        JsonNode productType = message.get("productType");
        if (productType != null) {
            nonEmptyString(productType, at + ".productType", v);
        }
        JsonNode requirements = message.get("requirements");
        if (requirements != null) {
            enumString(requirements, REQUIREMENTS, at + ".requirements", v);
        }
        JsonNode attributes = message.get("attributes");
        if (attributes != null) {
            if (!attributes.isObject()) {
                v.add(at + ".attributes: must be an object");
            } else if (attributes.isEmpty()) {
                v.add(at + ".attributes: must have at least 1 attribute");
            }
        }
        JsonNode patches = message.get("patches");
        if (patches != null) {
            patches(patches, at + ".patches", v);
        }
        if (operationType != null && operationType.isTextual()) {
            List<List<String>> branch = BRANCHES.get(operationType.asText());
            if (branch != null) {
                for (String field : branch.get(0)) {
                    if (!message.has(field)) {
                        v.add(at + "." + field + ": is required for operationType " + operationType.asText());
                    }
                }
                for (String field : branch.get(1)) {
                    if (message.has(field)) {
                        v.add(at + "." + field + ": is not allowed with operationType " + operationType.asText());
                    }
                }
            }
        }
    }

    private static void patches(JsonNode patches, String at, List<String> v) {
        if (!patches.isArray()) {
            v.add(at + ": must be an array");
            return;
        }
        if (patches.isEmpty()) {
            v.add(at + ": must have at least 1 patch");
        }
        for (int i = 0; i < patches.size(); i++) {
            JsonNode patch = patches.get(i);
            String here = at + "[" + i + "]";
            if (!patch.isObject()) {
                v.add(here + ": must be an object");
                continue;
            }
            JsonNode op = patch.get("op");
            if (op == null) {
                v.add(here + ".op: is required");
            } else {
                enumString(op, PATCH_OPS, here + ".op", v);
            }
            JsonNode path = patch.get("path");
            if (path == null) {
                v.add(here + ".path: is required");
            } else if (!path.isTextual()) {
                v.add(here + ".path: must be a string");
            }
            JsonNode value = patch.get("value");
            if (value != null) {
                if (!value.isArray()) {
                    v.add(here + ".value: must be an array of objects");
                } else {
                    for (int j = 0; j < value.size(); j++) {
                        if (!value.get(j).isObject()) {
                            v.add(here + ".value[" + j + "]: must be an object");
                        }
                    }
                }
            }
        }
    }

    /** JSON Schema's integer: a number with no fractional part (1.0 included). */
    static boolean isInteger(JsonNode node) {
        if (node.isIntegralNumber()) {
            return true;
        }
        if (!node.isNumber()) {
            return false;
        }
        BigDecimal value = node.decimalValue();
        return value.signum() == 0 || value.stripTrailingZeros().scale() <= 0;
    }

    private static void nonEmptyString(JsonNode node, String at, List<String> v) {
        if (!node.isTextual()) {
            v.add(at + ": must be a string");
        } else if (node.asText().isEmpty()) {
            v.add(at + ": must not be empty");
        }
    }

    private static void enumString(JsonNode node, List<String> allowed, String at, List<String> v) {
        if (!node.isTextual()) {
            v.add(at + ": must be a string, one of " + allowed);
        } else if (!allowed.contains(node.asText())) {
            v.add(at + ": '" + node.asText() + "' is not one of " + allowed);
        }
    }
}
