// SPDX-License-Identifier: Apache-2.0
package io.sellersync.integration.feed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sellersync.integration.spapi.SpApiAccount;
import io.sellersync.integration.spapi.SpApiClients;
import io.sellersync.integration.spapi.api.ProductTypesApi;
import io.sellersync.integration.spapi.documents.DocumentTransfer;
import io.sellersync.integration.spapi.generated.producttypes.ProductTypeDefinition;
import io.sellersync.messages.feed.FeedIssue;
import io.sellersync.messages.shared.MarketplaceId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Product type definitions ({@code getDefinitionsProductType} and the JSON Schema it links to), cached per product
 * type, marketplace and requirements for the life of the application, and a check of the attributes a message sends
 * against them: required attributes present, no unknown attribute, and the type, enum, bounds and required members of
 * every value we send. Issues name the attribute as Amazon does ({@code purchasable_offer.our_price}).
 */
@Component
public class ProductTypeDefinitions {

    public static final String MISSING = "DEFINITION_MISSING_ATTRIBUTE";
    public static final String UNKNOWN = "DEFINITION_UNKNOWN_ATTRIBUTE";
    public static final String INVALID = "DEFINITION_INVALID_VALUE";

    private final SpApiClients clients;
    private final DocumentTransfer documents;
    private final ObjectMapper json = new ObjectMapper();
    private final Map<Key, Definition> cache = new ConcurrentHashMap<>();

    public ProductTypeDefinitions(SpApiClients clients, DocumentTransfer documents) {
        this.clients = clients;
        this.documents = documents;
    }

    private record Key(String productType, String marketplace, String requirements) {}

    /** A product type's attribute schema for one marketplace and requirements level. */
    public record Definition(String productType, String requirements, JsonNode schema) {

        public List<String> required() {
            List<String> names = new ArrayList<>();
            schema.path("required").forEach(n -> names.add(n.asText()));
            return names;
        }

        public boolean knows(String attribute) {
            return schema.path("properties").has(attribute);
        }
    }

    /** The definition, from the cache or Amazon; SP-API and download failures are thrown to the caller. */
    public Definition definition(
            SpApiAccount account, String productType, MarketplaceId marketplace, String requirements) {
        return cache.computeIfAbsent(new Key(productType, marketplace.value(), requirements), k -> fetch(account, k));
    }

    private Definition fetch(SpApiAccount account, Key key) {
        ProductTypeDefinition definition = clients.client(ProductTypesApi.class, account)
                .getDefinitionsProductType(
                        key.productType(),
                        List.of(key.marketplace()),
                        account.sellingPartnerId(),
                        key.requirements(),
                        "ENFORCED",
                        "DEFAULT");
        if (definition.getSchema() == null || definition.getSchema().getLink() == null) {
            throw new IllegalStateException("Amazon's definition of " + key.productType() + " has no schema link");
        }
        byte[] schema = documents
                .forAccount(account)
                .downloadBytes(URI.create(definition.getSchema().getLink().getResource()), null);
        try {
            return new Definition(key.productType(), key.requirements(), json.readTree(schema));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Checks attributes against the definition.
     *
     * @param attributes attribute name → value (Amazon's array of objects)
     * @param complete true for a full {@code UPDATE} (every required attribute must be there), false for patches
     */
    public static List<FeedIssue> check(Definition definition, Map<String, JsonNode> attributes, boolean complete) {
        List<FeedIssue> issues = new ArrayList<>();
        if (complete) {
            for (String required : definition.required()) {
                if (!attributes.containsKey(required)) {
                    issues.add(new FeedIssue(
                            MISSING,
                            "ERROR",
                            "'" + required + "' is required for product type " + definition.productType() + " ("
                                    + definition.requirements() + ") but the message does not send it.",
                            required));
                }
            }
        }
        for (Map.Entry<String, JsonNode> attribute : attributes.entrySet()) {
            String name = attribute.getKey();
            if (!definition.knows(name)) {
                issues.add(new FeedIssue(
                        UNKNOWN,
                        "ERROR",
                        "'" + name + "' is not an attribute of product type " + definition.productType() + ".",
                        name));
                continue;
            }
            value(definition.schema().path("properties").get(name), attribute.getValue(), name, issues);
        }
        return issues;
    }

    /** The keywords the attribute schemas use for values; others (Amazon's selectors, $ref, …) are not checked. */
    private static void value(JsonNode schema, JsonNode value, String name, List<FeedIssue> issues) {
        if (schema == null || !schema.isObject()) {
            return;
        }
        JsonNode type = schema.get("type");
        if (type != null && type.isTextual() && !hasType(value, type.asText())) {
            issues.add(invalid(name, "must be of type " + type.asText() + ", not " + describe(value)));
            return;
        }
        JsonNode allowed = schema.get("enum");
        if (allowed != null && allowed.isArray()) {
            boolean found = false;
            for (JsonNode a : allowed) {
                found |= a.equals(value)
                        || a.isNumber() && value.isNumber() && a.decimalValue().compareTo(value.decimalValue()) == 0;
            }
            if (!found) {
                issues.add(invalid(name, "'" + value.asText() + "' is not one of the allowed values " + allowed));
            }
        }
        if (value.isNumber()) {
            BigDecimal number = value.decimalValue();
            if (schema.path("minimum").isNumber()
                    && number.compareTo(schema.get("minimum").decimalValue()) < 0) {
                issues.add(invalid(name, value.asText() + " is below the minimum " + schema.get("minimum")));
            }
            if (schema.path("maximum").isNumber()
                    && number.compareTo(schema.get("maximum").decimalValue()) > 0) {
                issues.add(invalid(name, value.asText() + " is above the maximum " + schema.get("maximum")));
            }
        }
        if (value.isTextual()) {
            int length = value.asText().codePointCount(0, value.asText().length());
            if (schema.path("minLength").isInt()
                    && length < schema.get("minLength").asInt()) {
                issues.add(invalid(name, "is shorter than " + schema.get("minLength") + " characters"));
            }
            if (schema.path("maxLength").isInt()
                    && length > schema.get("maxLength").asInt()) {
                issues.add(invalid(name, "is longer than " + schema.get("maxLength") + " characters"));
            }
        }
        if (value.isArray()) {
            if (schema.path("minItems").isInt()
                    && value.size() < schema.get("minItems").asInt()) {
                issues.add(invalid(name, "needs at least " + schema.get("minItems") + " value(s)"));
            }
            if (schema.path("maxItems").isInt()
                    && value.size() > schema.get("maxItems").asInt()) {
                issues.add(invalid(name, "allows at most " + schema.get("maxItems") + " value(s)"));
            }
            JsonNode items = schema.get("items");
            for (JsonNode item : value) {
                value(items, item, name, issues);
            }
        }
        if (value.isObject()) {
            for (JsonNode required : schema.path("required")) {
                if (!value.has(required.asText())) {
                    issues.add(new FeedIssue(
                            MISSING,
                            "ERROR",
                            "'" + name + "." + required.asText() + "' is required.",
                            name + "." + required.asText()));
                }
            }
            JsonNode properties = schema.path("properties");
            Iterator<Map.Entry<String, JsonNode>> fields = value.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (properties.has(field.getKey())) {
                    value(properties.get(field.getKey()), field.getValue(), name + "." + field.getKey(), issues);
                }
            }
        }
    }

    private static FeedIssue invalid(String name, String why) {
        return new FeedIssue(INVALID, "ERROR", "'" + name + "' " + why + ".", name);
    }

    private static boolean hasType(JsonNode value, String type) {
        return switch (type) {
            case "string" -> value.isTextual();
            case "number" -> value.isNumber();
            case "integer" -> FeedSchemaRules.isInteger(value);
            case "boolean" -> value.isBoolean();
            case "object" -> value.isObject();
            case "array" -> value.isArray();
            case "null" -> value.isNull();
            default -> true;
        };
    }

    private static String describe(JsonNode value) {
        if (value.isTextual()) {
            return "the text '" + value.asText() + "'";
        }
        return value.getNodeType().name().toLowerCase(java.util.Locale.ROOT) + " " + value;
    }
}
