// SPDX-License-Identifier: Apache-2.0
package io.sellersync.integration.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import io.sellersync.messages.inventory.ItemCondition;
import io.sellersync.messages.shared.Money;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * {@link FeedSchemaRules} on a corpus of broken documents: each violation names its path, and (when this checkout has
 * Amazon's schemas) the rules reject exactly the documents the real {@code listings-feed-schema-v2.json} rejects.
 */
class FeedSchemaRulesTest {

    private static ObjectNode valid() {
        return (ObjectNode) FeedFixtures.tree(ListingsFeedWriter.write(
                "SELLER",
                FeedFixtures.UK,
                List.of(
                        FeedFixtures.patch(1, "A", Money.of("9.99", "GBP"), 2),
                        FeedFixtures.patch(2, "B", null, 1),
                        FeedFixtures.update(3, "C", "B0C", ItemCondition.NEW_NEW, Money.of("3.10", "GBP"), 4),
                        FeedFixtures.patch(4, "D", Money.of("1", "GBP"), null))));
    }

    private static ObjectNode message(ObjectNode document, int index) {
        return (ObjectNode) document.get("messages").get(index);
    }

    /** Name → mutation of a valid document. */
    static Map<String, Consumer<ObjectNode>> corpus() {
        Map<String, Consumer<ObjectNode>> c = new LinkedHashMap<>();
        c.put("valid", d -> {});
        c.put("no header", d -> d.remove("header"));
        c.put("header is a string", d -> d.put("header", "x"));
        c.put("sellerId missing", d -> ((ObjectNode) d.get("header")).remove("sellerId"));
        c.put("sellerId number", d -> ((ObjectNode) d.get("header")).put("sellerId", 5));
        c.put("sellerId empty (allowed)", d -> ((ObjectNode) d.get("header")).put("sellerId", ""));
        c.put("version 2.1", d -> ((ObjectNode) d.get("header")).put("version", "2.1"));
        c.put("version number", d -> ((ObjectNode) d.get("header")).put("version", 2.0));
        c.put("version missing", d -> ((ObjectNode) d.get("header")).remove("version"));
        c.put("issueLocale number", d -> ((ObjectNode) d.get("header")).put("issueLocale", 1));
        c.put("issueLocale missing (allowed)", d -> ((ObjectNode) d.get("header")).remove("issueLocale"));
        c.put("header extra field (allowed)", d -> ((ObjectNode) d.get("header")).put("extra", 1));
        c.put(
                "report without apiVersion",
                d -> ((ObjectNode) d.get("header"))
                        .putObject("report")
                        .putArray("includedData")
                        .add("issues"));
        c.put("report with empty includedData", d -> {
            ObjectNode r = ((ObjectNode) d.get("header")).putObject("report");
            r.putArray("includedData");
            r.put("apiVersion", "2021-08-01");
        });
        c.put("report with unknown dataset", d -> {
            ObjectNode r = ((ObjectNode) d.get("header")).putObject("report");
            r.putArray("includedData").add("issues").add("prices");
            r.put("apiVersion", "2021-08-01");
        });
        c.put("report with old apiVersion", d -> {
            ObjectNode r = ((ObjectNode) d.get("header")).putObject("report");
            r.putArray("includedData").add("issues");
            r.put("apiVersion", "2020-09-01");
        });
        c.put("report complete (allowed)", d -> {
            ObjectNode r = ((ObjectNode) d.get("header")).putObject("report");
            r.putArray("includedData").add("issues").add("offers");
            r.put("apiVersion", "2021-08-01");
        });
        c.put("no messages", d -> d.remove("messages"));
        c.put("messages empty", d -> d.putArray("messages"));
        c.put("messages object", d -> d.putObject("messages"));
        c.put("25,001 messages", d -> {
            ArrayNode messages = d.putArray("messages");
            for (int i = 1; i <= 25_001; i++) {
                messages.addObject().put("messageId", i).put("sku", "S" + i).put("operationType", "DELETE");
            }
        });
        c.put("25,000 messages (allowed)", d -> {
            ArrayNode messages = d.putArray("messages");
            for (int i = 1; i <= 25_000; i++) {
                messages.addObject().put("messageId", i).put("sku", "S" + i).put("operationType", "DELETE");
            }
        });
        c.put("message is a number", d -> ((ArrayNode) d.get("messages")).set(1, 7));
        c.put("messageId 0", d -> message(d, 0).put("messageId", 0));
        c.put("messageId 1.5", d -> message(d, 0).put("messageId", 1.5));
        c.put("messageId text", d -> message(d, 0).put("messageId", "1"));
        c.put("messageId above int", d -> message(d, 0).put("messageId", 2_147_483_648L));
        c.put("messageId max int (allowed)", d -> message(d, 0).put("messageId", 2_147_483_647L));
        c.put("messageId duplicate (schema allows)", d -> message(d, 1).put("messageId", 1));
        c.put("messageId missing", d -> message(d, 0).remove("messageId"));
        c.put("sku empty", d -> message(d, 0).put("sku", ""));
        c.put("sku number", d -> message(d, 0).put("sku", 12));
        c.put("sku missing", d -> message(d, 0).remove("sku"));
        c.put("operationType unknown", d -> message(d, 0).put("operationType", "UPSERT"));
        c.put("operationType lower case", d -> message(d, 0).put("operationType", "patch"));
        c.put("operationType missing", d -> message(d, 0).remove("operationType"));
        c.put("productType empty", d -> message(d, 0).put("productType", ""));
        c.put("productType missing on PATCH", d -> message(d, 0).remove("productType"));
        c.put("requirements on PATCH", d -> message(d, 0).put("requirements", "LISTING_OFFER_ONLY"));
        c.put("requirements unknown on UPDATE", d -> message(d, 2).put("requirements", "OFFER"));
        c.put("requirements LISTING on UPDATE (allowed)", d -> message(d, 2).put("requirements", "LISTING"));
        c.put("attributes on PATCH", d -> message(d, 0).putObject("attributes").put("a", 1));
        c.put("attributes empty on UPDATE", d -> message(d, 2).putObject("attributes"));
        c.put("attributes array on UPDATE", d -> message(d, 2).putArray("attributes"));
        c.put("attributes missing on UPDATE", d -> message(d, 2).remove("attributes"));
        c.put(
                "patches on UPDATE",
                d -> message(d, 2).set("patches", message(d, 0).get("patches").deepCopy()));
        c.put("patches empty", d -> message(d, 0).putArray("patches"));
        c.put("patches object", d -> message(d, 0).putObject("patches"));
        c.put("patches missing on PATCH", d -> message(d, 0).remove("patches"));
        c.put("patch op move", d -> ((ObjectNode) message(d, 0).get("patches").get(0)).put("op", "move"));
        c.put(
                "patch op merge (allowed)",
                d -> ((ObjectNode) message(d, 0).get("patches").get(0)).put("op", "merge"));
        c.put(
                "patch op missing",
                d -> ((ObjectNode) message(d, 0).get("patches").get(0)).remove("op"));
        c.put(
                "patch path missing",
                d -> ((ObjectNode) message(d, 0).get("patches").get(0)).remove("path"));
        c.put(
                "patch path number",
                d -> ((ObjectNode) message(d, 0).get("patches").get(0)).put("path", 1));
        c.put(
                "patch value object",
                d -> ((ObjectNode) message(d, 0).get("patches").get(0)).putObject("value"));
        c.put(
                "patch value of numbers",
                d -> ((ObjectNode) message(d, 0).get("patches").get(0))
                        .putArray("value")
                        .add(1));
        c.put(
                "patch value empty (allowed)",
                d -> ((ObjectNode) message(d, 0).get("patches").get(0)).putArray("value"));
        c.put(
                "patch value missing (allowed)",
                d -> ((ObjectNode) message(d, 0).get("patches").get(0)).remove("value"));
        c.put("patch is a string", d -> ((ArrayNode) message(d, 0).get("patches")).set(0, "x"));
        c.put(
                "DELETE bare (allowed)",
                d -> ((ArrayNode) d.get("messages"))
                        .addObject()
                        .put("messageId", 9)
                        .put("sku", "Z")
                        .put("operationType", "DELETE"));
        c.put(
                "DELETE with productType",
                d -> ((ArrayNode) d.get("messages"))
                        .addObject()
                        .put("messageId", 9)
                        .put("sku", "Z")
                        .put("operationType", "DELETE")
                        .put("productType", "LUGGAGE"));
        c.put("PARTIAL_UPDATE (allowed)", d -> {
            ObjectNode m = message(d, 2);
            m.put("operationType", "PARTIAL_UPDATE");
            m.remove("requirements");
        });
        c.put("PARTIAL_UPDATE with requirements", d -> message(d, 2).put("operationType", "PARTIAL_UPDATE"));
        c.put("message extra field (allowed)", d -> message(d, 0).put("note", "hi"));
        c.put("document extra field (allowed)", d -> d.put("note", "hi"));
        return c;
    }

    @Test
    void violationsNameThePath() {
        ObjectNode d = valid();
        ((ObjectNode) message(d, 3).get("patches").get(0)).putArray("value").add(1);
        message(d, 0).put("requirements", "LISTING_OFFER_ONLY");
        message(d, 1).put("sku", "");
        ((ObjectNode) d.get("header")).put("version", "1.0");

        assertThat(FeedSchemaRules.violations(d))
                .containsExactlyInAnyOrder(
                        "header.version: must be \"2.0\"",
                        "messages[0].requirements: is not allowed with operationType PATCH",
                        "messages[1].sku: must not be empty",
                        "messages[3].patches[0].value[0]: must be an object");
    }

    @Test
    void theWritersDocumentsPassAndDuplicateIdsAreRefused() {
        ObjectNode d = valid();
        assertThat(FeedSchemaRules.check(d)).isEmpty();

        message(d, 1).put("messageId", 1);
        assertThat(FeedSchemaRules.violations(d)).isEmpty();
        assertThat(FeedSchemaRules.check(d)).containsExactly("messages[1].messageId: 1 is used by an earlier message");
    }

    @Test
    void unreadableBytesAreAViolation() {
        assertThat(FeedSchemaRules.check("{\"header\":".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .singleElement()
                .asString()
                .startsWith("$: not JSON");
    }

    @Test
    void rulesRejectExactlyWhatAmazonsSchemaRejects() {
        assumeTrue(FeedFixtures.schemasDir() != null, FeedFixtures.SKIP_REASON);
        JsonSchema feed = FeedFixtures.feedSchema();
        JsonSchema message = FeedFixtures.messageSchema();
        List<String> disagreements = new ArrayList<>();
        int rejected = 0;
        for (Map.Entry<String, Consumer<ObjectNode>> c : corpus().entrySet()) {
            ObjectNode d = valid();
            c.getValue().accept(d);
            List<String> real = FeedFixtures.errors(feed, d);
            List<String> ours = FeedSchemaRules.violations(d);
            if (real.isEmpty() != ours.isEmpty()) {
                disagreements.add(c.getKey() + ": schema " + head(real) + ", ours " + head(ours));
            }
            if (!real.isEmpty()) {
                rejected++;
            }
            boolean expectedValid = c.getKey().endsWith("(allowed)")
                    || c.getKey().equals("valid")
                    || c.getKey().endsWith("(schema allows)");
            if (expectedValid == !real.isEmpty()) {
                disagreements.add(c.getKey() + ": the corpus expected " + (expectedValid ? "valid" : "invalid"));
            }
            for (JsonNode m : d.path("messages")) {
                if (FeedFixtures.errors(message, m).isEmpty()
                        != FeedSchemaRules.messageViolations(m).isEmpty()) {
                    disagreements.add(c.getKey() + ": message " + m + " judged differently");
                }
            }
        }
        assertThat(disagreements).isEmpty();
        assertThat(rejected).isGreaterThan(40);
    }

    private static List<String> head(List<String> list) {
        return list.subList(0, Math.min(3, list.size()));
    }
}
