// SPDX-License-Identifier: Apache-2.0
package io.sellersync.integration.feed;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import io.sellersync.messages.accounts.GuardRails;
import io.sellersync.messages.feed.FeedMessage;
import io.sellersync.messages.feed.FeedPlan;
import io.sellersync.messages.feed.FeedPlanner;
import io.sellersync.messages.feed.ObservedOffer;
import io.sellersync.messages.queue.QueueEntryView;
import io.sellersync.messages.shared.Marketplace;
import io.sellersync.messages.shared.Marketplaces;
import io.sellersync.messages.shared.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.LifecycleContext;
import net.jqwik.api.lifecycle.SkipExecutionHook;
import net.jqwik.api.statistics.Statistics;

/**
 * Our feeds against Amazon's real schemas (the oracle), over generated queues: random queue entries → {@link
 * FeedPlanner#plan} → {@link ListingsFeedWriter}: every document validates against {@code listings-feed-schema-v2.json}
 * and every message against {@code listings-feed-message-schema-v2.json}; and on random breakages of such documents
 * {@link FeedSchemaRules} rejects exactly when the real schema rejects. Skipped when this checkout has no schemas.
 */
@AddLifecycleHook(FeedSchemaContractTest.SkipWithoutSchemas.class)
class FeedSchemaContractTest {

    /** Skips the container when Amazon's schema files are absent (a user's clone). */
    static final class SkipWithoutSchemas implements SkipExecutionHook {
        @Override
        public SkipResult shouldBeSkipped(LifecycleContext context) {
            return FeedFixtures.schemasDir() == null
                    ? SkipResult.skip(FeedFixtures.SKIP_REASON)
                    : SkipResult.doNotSkip();
        }
    }

    private static JsonSchema feedSchema;
    private static JsonSchema messageSchema;

    private static JsonSchema feed() {
        if (feedSchema == null) {
            feedSchema = FeedFixtures.feedSchema();
            messageSchema = FeedFixtures.messageSchema();
        }
        return feedSchema;
    }

    record Queue(
            String sellerId, Marketplace marketplace, List<QueueEntryView> entries, Map<String, ObservedOffer> live) {}

    @Provide
    Arbitrary<Queue> queues() {
        Arbitrary<String> sellerIds = Arbitraries.oneOf(
                Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(14),
                Arbitraries.strings().ofMinLength(0).ofMaxLength(8));
        Arbitrary<Marketplace> marketplaces = Arbitraries.of(Marketplaces.all());
        return Combinators.combine(
                        sellerIds,
                        marketplaces,
                        Arbitraries.integers().between(1, 80),
                        Arbitraries.integers().between(1, 40),
                        Arbitraries.longs())
                .as((seller, marketplace, count, skuPool, seed) -> queue(seller, marketplace, count, skuPool, seed));
    }

    private static Queue queue(String sellerId, Marketplace marketplace, int count, int skuPool, long seed) {
        Random random = new Random(seed);
        List<QueueEntryView> entries = new ArrayList<>();
        Map<Integer, Money> prices = new HashMap<>();
        String[] types = {"LUGGAGE", "SHOES", "KITCHEN", "TOY_FIGURE", "PRODUCT", "HOME_BED_AND_BATH", "ÜBER_TYP"};
        for (int i = 0; i < count; i++) {
            int sku = random.nextInt(skuPool);
            Money price = prices.computeIfAbsent(
                    sku,
                    k -> new Money(
                            BigDecimal.valueOf(1 + random.nextInt(2_000_000), random.nextInt(3)),
                            marketplace.currency()));
            String skuName = switch (sku % 4) {
                case 0 -> "SKU-" + sku;
                case 1 -> "sku \"quoted\" \\ " + sku;
                case 2 -> "Ärmel-€-" + sku + "-\u2603";
                default -> "x" + sku;
            };
            entries.add(FeedFixtures.entry(
                    i,
                    marketplace.id(),
                    skuName,
                    types[sku % types.length],
                    price,
                    random.nextInt(60),
                    random.nextInt(5) == 0));
        }
        Map<String, ObservedOffer> live = new HashMap<>();
        for (QueueEntryView e : entries) {
            if (random.nextBoolean() && !live.containsKey(e.sellerSku())) {
                live.put(
                        e.sellerSku(),
                        new ObservedOffer(
                                e.sellerSku(),
                                true,
                                random.nextBoolean() ? e.price() : null,
                                random.nextBoolean() ? random.nextInt(1000) : null));
            }
        }
        return new Queue(sellerId, marketplace, entries, live);
    }

    private static byte[] document(Queue queue) {
        FeedPlan plan = FeedPlanner.plan(queue.entries(), queue.live(), Set.of(), GuardRails.DEFAULT);
        List<FeedMessage> messages = plan.messages();
        return ListingsFeedWriter.write(queue.sellerId(), queue.marketplace().id(), messages);
    }

    @Property(tries = 200)
    void everyPlannedFeedValidatesAgainstAmazonsSchemas(@ForAll("queues") Queue queue) {
        FeedPlan plan = FeedPlanner.plan(queue.entries(), queue.live(), Set.of(), GuardRails.DEFAULT);
        if (plan.isEmpty()) {
            return;
        }
        JsonNode document = FeedFixtures.tree(document(queue));

        assertThat(FeedFixtures.errors(feed(), document)).isEmpty();
        for (JsonNode message : document.get("messages")) {
            assertThat(FeedFixtures.errors(messageSchema, message))
                    .as(message.toString())
                    .isEmpty();
            assertThat(FeedSchemaRules.messageViolations(message)).isEmpty();
        }
        assertThat(FeedSchemaRules.check(document)).isEmpty();
    }

    @Provide
    Arbitrary<JsonNode> breakages() {
        return Combinators.combine(
                        queues(), Arbitraries.longs(), Arbitraries.integers().between(1, 3))
                .as((queue, seed, count) -> {
                    FeedPlan plan = FeedPlanner.plan(queue.entries(), queue.live(), Set.of(), GuardRails.DEFAULT);
                    JsonNode document = plan.isEmpty()
                            ? FeedFixtures.tree(ListingsFeedWriter.write(
                                    "S", queue.marketplace().id(), List.of(FeedFixtures.patch(1, "A", null, 1))))
                            : FeedFixtures.tree(document(queue));
                    Random random = new Random(seed);
                    for (int i = 0; i < count; i++) {
                        mutate(document, random);
                    }
                    return document;
                });
    }

    @Property(tries = 1000)
    void ourRulesRejectExactlyWhenAmazonsSchemaRejects(@ForAll("breakages") JsonNode document) {
        List<String> real = FeedFixtures.errors(feed(), document);
        List<String> ours = FeedSchemaRules.violations(document);
        Statistics.label("schema").collect(real.isEmpty() ? "accepted" : "rejected");

        assertThat(ours.isEmpty())
                .as("ours %s, schema %s for %s", ours, real, document)
                .isEqualTo(real.isEmpty());
        for (JsonNode message : document.path("messages")) {
            List<String> realMessage = FeedFixtures.errors(messageSchema, message);
            List<String> ourMessage = FeedSchemaRules.messageViolations(message);
            assertThat(ourMessage.isEmpty())
                    .as("ours %s, schema %s for %s", ourMessage, realMessage, message)
                    .isEqualTo(realMessage.isEmpty());
        }
    }

    private static final String[] KEYS = {
        "header",
        "messages",
        "sellerId",
        "version",
        "issueLocale",
        "report",
        "includedData",
        "apiVersion",
        "messageId",
        "sku",
        "operationType",
        "productType",
        "requirements",
        "attributes",
        "patches",
        "op",
        "path",
        "value",
        "extra"
    };

    static JsonNode value(Random random) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        return switch (random.nextInt(30)) {
            case 0 -> f.nullNode();
            case 1 -> f.numberNode(0);
            case 2 -> f.numberNode(-1);
            case 3 -> f.numberNode(1);
            case 4 -> f.numberNode(1.5);
            case 5 -> f.numberNode(2_147_483_648L);
            case 6 -> f.numberNode(2_147_483_647L);
            case 7 -> f.textNode("");
            case 8 -> f.textNode("x");
            case 9 -> f.textNode("UPDATE");
            case 10 -> f.textNode("PATCH");
            case 11 -> f.textNode("DELETE");
            case 12 -> f.textNode("PARTIAL_UPDATE");
            case 13 -> f.textNode("LISTING_OFFER_ONLY");
            case 14 -> f.textNode("replace");
            case 15 -> f.textNode("move");
            case 16 -> f.textNode("2.0");
            case 17 -> f.booleanNode(true);
            case 18 -> f.arrayNode();
            case 19 -> f.arrayNode().add(f.objectNode());
            case 20 -> f.arrayNode().add(1);
            case 21 -> f.objectNode();
            case 22 -> f.objectNode().put("a", 1);
            case 23 -> f.arrayNode().add("offers");
            case 24 -> f.arrayNode().add("bogus");
            case 25 -> f.textNode("2021-08-01");
            case 26 -> f.objectNode().put("op", "replace").put("path", "/attributes/x");
            case 27 -> f.arrayNode().add(f.objectNode().put("op", "add").put("path", "/a"));
            case 28 ->
                f.objectNode()
                        .<ObjectNode>set("includedData", f.arrayNode().add("issues"))
                        .put("apiVersion", "2021-08-01");
            default -> f.numberNode(new BigDecimal("3"));
        };
    }

    /** Replaces, removes or adds one node somewhere in the document. */
    static void mutate(JsonNode document, Random random) {
        List<JsonNode> containers = new ArrayList<>();
        collect(document, containers);
        JsonNode target = containers.get(random.nextInt(containers.size()));
        if (target instanceof ObjectNode object) {
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            int action = random.nextInt(3);
            if (action == 0 && !names.isEmpty()) {
                object.remove(names.get(random.nextInt(names.size())));
            } else if (action == 1 && !names.isEmpty()) {
                object.set(names.get(random.nextInt(names.size())), value(random));
            } else {
                object.set(KEYS[random.nextInt(KEYS.length)], value(random));
            }
        } else if (target instanceof ArrayNode array) {
            int action = random.nextInt(3);
            if (action == 0 && !array.isEmpty()) {
                array.remove(random.nextInt(array.size()));
            } else if (action == 1 && !array.isEmpty()) {
                array.set(random.nextInt(array.size()), value(random));
            } else {
                array.add(value(random));
            }
        }
    }

    private static void collect(JsonNode node, List<JsonNode> containers) {
        if (node.isContainerNode()) {
            containers.add(node);
            Iterator<JsonNode> children = node.elements();
            while (children.hasNext()) {
                collect(children.next(), containers);
            }
        }
    }
}
