// SPDX-License-Identifier: Apache-2.0
package io.sellersync.emulator.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Amazon's official models, read from {@code sellersync.spapi.dir} (never copied into the repository), used as the
 * oracle: a response is checked against the schema its operation declares for its status code, with the model's
 * {@code #/definitions} resolved by embedding them in the schema.
 */
public final class SpApiModels {

    public static final String LISTINGS = "models/listings-items-api-model/listingsItems_2021-08-01.json";
    public static final String FEEDS = "models/feeds-api-model/feeds_2021-06-30.json";
    public static final String CATALOG = "models/catalog-items-api-model/catalogItems_2022-04-01.json";
    public static final String DEFINITIONS =
            "models/product-type-definitions-api-model/definitionsProductTypes_2020-09-01.json";
    public static final String ORDERS = "models/orders-api-model/orders_2026-01-01.json";
    public static final String FINANCES = "models/finances-api-model/finances_2024-06-19.json";
    public static final String REPORTS = "models/reports-api-model/reports_2021-06-30.json";
    public static final String MESSAGE_SCHEMA = "schemas/feeds/listings-feed-message-schema-v2.json";
    public static final String REPORT_SCHEMA = "schemas/feeds/listings-feed-processing-report-schema-v2.json";

    private static final Map<String, JsonNode> MODELS = new ConcurrentHashMap<>();
    private static final SchemaValidatorsConfig CONFIG =
            SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();

    private SpApiModels() {}

    public static Path dir() {
        return Path.of(System.getProperty("sellersync.spapi.dir", "../../shared/spapi"));
    }

    public static boolean available() {
        return java.util.stream.Stream.of(
                        LISTINGS, FEEDS, CATALOG, DEFINITIONS, REPORTS, ORDERS, FINANCES, REPORT_SCHEMA)
                .allMatch(model -> Files.isRegularFile(dir().resolve(model)));
    }

    public static String missingReason() {
        return "official SP-API models not found in " + dir().toAbsolutePath().normalize()
                + " (set -Dsellersync.spapi.dir)";
    }

    /**
     * Problems with a response, empty when it matches the model: status declared for the operation, declared headers
     * present, and the body valid against the declared schema (or empty when none is declared).
     */
    public static List<String> check(String model, String operationId, Http.Response response) {
        JsonNode root = load(model);
        JsonNode operation = operation(root, operationId);
        JsonNode declared = operation.path("responses").get(String.valueOf(response.status()));
        List<String> problems = new ArrayList<>();
        if (declared == null) {
            problems.add(operationId + " does not declare status " + response.status());
            return problems;
        }
        declared.path("headers").fieldNames().forEachRemaining(header -> {
            if (response.header(header).isEmpty()) {
                problems.add("header " + header + " declared for " + response.status() + " is missing");
            }
        });
        if (response.header("x-amzn-RateLimit-Limit").isPresent()
                && !declared.path("headers").has("x-amzn-RateLimit-Limit")) {
            problems.add("x-amzn-RateLimit-Limit sent although the model does not declare it for " + response.status());
        }
        JsonNode schema = declared.get("schema");
        if (schema == null) {
            if (response.bytes().length > 0) {
                problems.add("no body declared but got " + response.body());
            }
            return problems;
        }
        ObjectNode full = clean(schema).deepCopy();
        full.set("definitions", clean(root.get("definitions")));
        problems.addAll(validate(SpecVersion.VersionFlag.V4, full, response.json()));
        return problems;
    }

    /** Problems of a JSON value against one of a model's {@code #/definitions} (request bodies). */
    public static List<String> checkDefinition(String model, String definition, JsonNode value) {
        JsonNode root = load(model);
        ObjectNode schema = Http.JSON.createObjectNode();
        schema.put("$ref", "#/definitions/" + definition);
        schema.set("definitions", clean(root.get("definitions")));
        return validate(SpecVersion.VersionFlag.V4, schema, value);
    }

    /** Problems of a document against a draft-07 schema under {@code schemas/}. */
    public static List<String> checkDocument(String schemaPath, JsonNode document) {
        return validate(SpecVersion.VersionFlag.V7, load(schemaPath), document);
    }

    private static List<String> validate(SpecVersion.VersionFlag version, JsonNode schemaNode, JsonNode body) {
        if (body == null) {
            return List.of("empty body");
        }
        JsonSchema schema = JsonSchemaFactory.getInstance(version).getSchema(schemaNode, CONFIG);
        Set<ValidationMessage> messages = schema.validate(body);
        return messages.stream().map(ValidationMessage::getMessage).toList();
    }

    private static JsonNode operation(JsonNode root, String operationId) {
        for (JsonNode path : root.get("paths")) {
            Iterator<Map.Entry<String, JsonNode>> verbs = path.fields();
            while (verbs.hasNext()) {
                JsonNode op = verbs.next().getValue();
                if (operationId.equals(op.path("operationId").asText())) {
                    return op;
                }
            }
        }
        throw new IllegalArgumentException("no operation " + operationId);
    }

    /** Drops Swagger-only keywords ({@code x-*}, {@code example}) that are not JSON Schema. */
    private static JsonNode clean(JsonNode node) {
        if (node.isObject()) {
            ObjectNode copy = Http.JSON.createObjectNode();
            node.fields().forEachRemaining(e -> {
                String key = e.getKey();
                if (!key.startsWith("x-") && !key.equals("example")) {
                    copy.set(key, clean(e.getValue()));
                }
            });
            return copy;
        }
        if (node.isArray()) {
            var copy = Http.JSON.createArrayNode();
            node.forEach(n -> copy.add(clean(n)));
            return copy;
        }
        return node;
    }

    private static JsonNode load(String relative) {
        return MODELS.computeIfAbsent(relative, r -> {
            try {
                return Http.JSON.readTree(dir().resolve(r).toFile());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
