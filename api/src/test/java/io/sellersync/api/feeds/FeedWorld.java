// SPDX-License-Identifier: Apache-2.0
package io.sellersync.api.feeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sellersync.api.IntegrationTestSupport;
import io.sellersync.messages.accounts.AccountId;
import io.sellersync.messages.accounts.GuardRails;
import io.sellersync.messages.inventory.CreateInventoryItemCommand;
import io.sellersync.messages.inventory.FindInventoryItemQuery;
import io.sellersync.messages.inventory.InventoryItemId;
import io.sellersync.messages.inventory.InventoryItemView;
import io.sellersync.messages.inventory.InventoryStatus;
import io.sellersync.messages.inventory.ItemCondition;
import io.sellersync.messages.queue.ItemSnapshot;
import io.sellersync.messages.queue.ListQueueQuery;
import io.sellersync.messages.queue.QueueEntryView;
import io.sellersync.messages.queue.QueueInventoryItemCommand;
import io.sellersync.messages.queue.QueueItemId;
import io.sellersync.messages.queue.SkuResolution;
import io.sellersync.messages.shared.MarketplaceId;
import io.sellersync.messages.shared.Money;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * What the feed integration tests share: one connected emulated seller's listings and catalogue, inventory items and
 * their queue entries, the feed GraphQL operations (raw JSON, so a null or a refusal is visible as it is), and the
 * emulator's ground truth and call log. All SKUs of the tests are merchant-fulfilled UK offers sold in GBP whose
 * ASIN and condition no other listing of the seller shares.
 */
public final class FeedWorld {

    public static final MarketplaceId UK = new MarketplaceId("A1F83G8C2ARO7P");

    public static final String MONEY = "{ amount currency }";
    public static final String FEED =
            "id accountId marketplaceId kind status amazonFeedId amazonStatus messages accepted"
                    + " warnings errors verified mismatched timedOut pending delay reason cancelProblem cancellable payloadUrl"
                    + " reportUrl builtAt submittedAt processingStartedAt processedAt finishedAt";
    public static final String DETAIL =
            "feed { " + FEED + " } messages { messageId sku operation productType asin price "
                    + MONEY + " quantity livePrice " + MONEY + " liveQuantity unitsAdded entryIds outcome"
                    + " issues { code severity message attributeName } verification observedPrice " + MONEY
                    + " observedQuantity verifiedAt } feedIssues { code severity message attributeName }";
    public static final String PLAN = """
            query($account: ID!, $marketplace: ID!) {
              feedPlan(accountId: $account, marketplaceId: $marketplace) {
                messages { messageId sku operation productType asin price { amount currency } quantity
                           livePrice { amount currency } liveQuantity unitsAdded entryIds }
                skipped { entryId sku reason }
                warnings { sku message }
                deferredSkus needsConfirmation
              }
            }
            """;
    public static final String DRY_RUN = """
            mutation($account: ID!, $marketplace: ID!) {
              dryRunFeed(accountId: $account, marketplaceId: $marketplace) {
                feedId messages skipped { entryId sku reason } deferredSkus
              }
            }
            """;
    public static final String SUBMIT = """
            mutation($account: ID!, $marketplace: ID!, $confirm: Boolean) {
              submitFeed(accountId: $account, marketplaceId: $marketplace, confirm: $confirm) {
                feedId messages skipped { entryId sku reason } deferredSkus
              }
            }
            """;
    public static final String ADD = """
            mutation($ids: [ID!]!, $account: ID, $marketplace: ID) {
              addToQueue(itemIds: $ids, accountId: $account, marketplaceId: $marketplace) {
                itemId status reason entryId sellerSku newSku needsConfirmation
              }
            }
            """;
    public static final String RESOLVE = """
            mutation($entry: ID!, $resolution: ConflictResolution!) {
              resolvePriceConflict(entryId: $entry, resolution: $resolution) { entryId }
            }
            """;

    /** Calls the emulator's control API; {@code path} comes after {@code /_emulator}. */
    @FunctionalInterface
    public interface Control {
        JsonNode call(String method, String path, String json);
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final int port;
    private final String token;
    private final AccountId accountId;
    private final String sellerId;
    private final Control control;
    private final CommandGateway commands;
    private final QueryGateway queries;
    private final HttpClient http = HttpClient.newHttpClient();
    private final Map<InventoryItemId, String> skus = new HashMap<>();
    private List<JsonNode> listings;
    private List<String> unlisted;

    public FeedWorld(
            int port,
            String token,
            AccountId accountId,
            String sellerId,
            Control control,
            CommandGateway commands,
            QueryGateway queries) {
        this.port = port;
        this.token = token;
        this.accountId = accountId;
        this.sellerId = sellerId;
        this.control = control;
        this.commands = commands;
        this.queries = queries;
    }

    public HttpGraphQlTester graphql() {
        return IntegrationTestSupport.graphQl(port, token);
    }

    // ---- the emulated seller

    /** The next unused listing: merchant-fulfilled, priced in GBP in the UK, unique by ASIN and condition. */
    public JsonNode nextListing() {
        if (listings == null) {
            pick();
        }
        while (!listings.isEmpty()) {
            JsonNode listing = listings.remove(0);
            JsonNode health = control.call(
                    "GET", "/listings/" + sellerId + "/" + listing.get("sku").asText() + "/health", null);
            if ("DEFAULT".equals(health.path("fulfillmentChannel").asText())) {
                return listing;
            }
        }
        throw new IllegalStateException("no merchant-fulfilled UK listing left");
    }

    /** A catalogue ASIN the seller does not list. */
    public String nextUnlisted() {
        if (unlisted == null) {
            pick();
        }
        return unlisted.remove(0);
    }

    public String productType(String asin) {
        for (JsonNode c : control.call("GET", "/catalog", null)) {
            if (c.get("asin").asText().equals(asin)) {
                return c.get("productType").asText();
            }
        }
        return null;
    }

    /** The SP-API calls the emulator received for one operation. */
    public List<JsonNode> calls(String operation) {
        List<JsonNode> calls = new ArrayList<>();
        control.call("GET", "/calls?operation=" + operation, null).forEach(calls::add);
        return calls;
    }

    /** Every feed the emulator holds for the seller, with its payload and report. */
    public List<JsonNode> emulatorFeeds() {
        List<JsonNode> feeds = new ArrayList<>();
        control.call("GET", "/feeds?sellerId=" + sellerId, null).forEach(feeds::add);
        return feeds;
    }

    private void pick() {
        JsonNode all = control.call("GET", "/listings?sellerId=" + sellerId, null);
        Map<String, Integer> pairs = new HashMap<>();
        Set<String> listed = new HashSet<>();
        for (JsonNode l : all) {
            listed.add(l.get("asin").asText());
            pairs.merge(key(l), 1, Integer::sum);
        }
        listings = new ArrayList<>();
        for (JsonNode l : all) {
            JsonNode offer = l.path("offers").path(UK.value());
            if (pairs.get(key(l)) == 1
                    && offer.has("price")
                    && "GBP".equals(offer.path("currency").asText())
                    && offer.get("price").decimalValue().compareTo(new BigDecimal("3.00")) >= 0
                    && l.get("quantity").asInt() > 1
                    && ItemCondition.parse(l.get("conditionType").asText()).isPresent()) {
                listings.add(l);
            }
        }
        unlisted = new ArrayList<>();
        for (JsonNode c : control.call("GET", "/catalog", null)) {
            if (!listed.contains(c.get("asin").asText())) {
                unlisted.add(c.get("asin").asText());
            }
        }
        assertThat(listings).hasSizeGreaterThan(10);
        assertThat(unlisted).hasSizeGreaterThan(5);
    }

    private static String key(JsonNode listing) {
        return listing.get("asin").asText() + "|" + listing.get("conditionType").asText();
    }

    /** Waits until the accounts read model shows the account just connected (adding to the queue looks it up). */
    public void awaitAccount() {
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(
                                texts(data("{ accounts { id } }", Map.of()).get("accounts"), "id"))
                        .contains(accountId.value()));
    }

    // ---- inventory and queue

    public InventoryItemId item(JsonNode listing, Money price, int quantity) {
        return item(
                listing.get("asin").asText(),
                ItemCondition.parse(listing.get("conditionType").asText()).orElseThrow(),
                price,
                quantity);
    }

    public InventoryItemId item(String asin, ItemCondition condition, Money price, int quantity) {
        InventoryItemId id = InventoryItemId.random();
        String localSku = "FIT-" + UUID.randomUUID().toString().substring(0, 8);
        commands.sendAndWait(new CreateInventoryItemCommand(
                id,
                localSku,
                asin,
                "Feed IT " + localSku,
                condition,
                price,
                quantity,
                null,
                InventoryStatus.BACKLOG,
                null,
                "feed IT"));
        await().atMost(Duration.ofSeconds(20)).until(() -> inventory(id).isPresent());
        return id;
    }

    /** Adds the items to the UK queue through GraphQL; every one must be queued (added, or with a conflict). */
    public Map<String, JsonNode> addAll(List<InventoryItemId> ids) {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("ids", ids.stream().map(InventoryItemId::value).toList());
        variables.put("account", accountId.value());
        variables.put("marketplace", UK.value());
        Map<String, JsonNode> results = new LinkedHashMap<>();
        data(ADD, variables)
                .get("addToQueue")
                .forEach(r -> results.put(r.get("itemId").asText(), r));
        assertThat(results).hasSize(ids.size());
        results.values()
                .forEach(r ->
                        assertThat(r.get("status").asText()).as(r.toString()).isIn("ADDED", "CONFLICT"));
        ids.forEach(this::awaitEntry);
        return results;
    }

    /** Resolves the entry's price conflict through GraphQL and waits until the queue shows it resolved. */
    public void resolve(InventoryItemId item, String resolution) {
        data(RESOLVE, Map.of("entry", entryId(item), "resolution", resolution));
        await().atMost(Duration.ofSeconds(20)).until(() -> queueEntry(item), e -> e != null && !e.hasConflict());
    }

    /**
     * Queues an item with the SKU resolution given here rather than the one Amazon's answers would give now: an
     * entry queued while the catalogue still had the ASIN, or with a product type Amazon does not know. The item is a
     * real inventory item; the entry gets a generated, new SKU.
     */
    public InventoryItemId queuedWithResolution(String asin, String productType, Money price) {
        InventoryItemId id = item(asin, ItemCondition.NEW_NEW, price, 1);
        InventoryItemView view = inventory(id).orElseThrow();
        String sku =
                asin + "-NEW-" + UUID.randomUUID().toString().substring(0, 4).toUpperCase();
        commands.sendAndWait(new QueueInventoryItemCommand(
                QueueItemId.of(id, accountId, UK),
                accountId,
                UK,
                new ItemSnapshot(
                        id,
                        view.localSku(),
                        view.title(),
                        asin,
                        ItemCondition.NEW_NEW,
                        price,
                        1,
                        InventoryStatus.BACKLOG),
                false,
                new SkuResolution(sku, true, productType, null, null),
                null,
                GuardRails.DEFAULT,
                Instant.now()));
        awaitEntry(id);
        return id;
    }

    /** The UK queue as GraphQL shows it, by item id: feedId and lastFailure. */
    public Map<String, JsonNode> graphQlQueue() {
        Map<String, JsonNode> byItem = new LinkedHashMap<>();
        data(
                        "query($account: ID, $marketplace: ID) { queue(accountId: $account, marketplaceId: $marketplace)"
                                + " { itemId sellerSku feedId lastFailure } }",
                        target())
                .get("queue")
                .forEach(e -> byItem.put(e.get("itemId").asText(), e));
        return byItem;
    }

    public String entryId(InventoryItemId item) {
        return QueueItemId.of(item, accountId, UK).value();
    }

    /** The entry's seller SKU (remembered, so it is known after the entry left the queue). */
    public String sellerSku(InventoryItemId item) {
        return skus.computeIfAbsent(item, i -> awaitEntry(i).sellerSku());
    }

    public List<QueueEntryView> queueEntries() {
        return queries.query(new ListQueueQuery(accountId, UK), ResponseTypes.multipleInstancesOf(QueueEntryView.class))
                .join();
    }

    public QueueEntryView queueEntry(InventoryItemId item) {
        return queueEntries().stream()
                .filter(e -> e.itemId().equals(item))
                .findFirst()
                .orElse(null);
    }

    private QueueEntryView awaitEntry(InventoryItemId item) {
        QueueEntryView entry = await().atMost(Duration.ofSeconds(20)).until(() -> queueEntry(item), e -> e != null);
        skus.putIfAbsent(item, entry.sellerSku());
        return entry;
    }

    public InventoryStatus status(InventoryItemId item) {
        return inventory(item).orElseThrow().status();
    }

    private Optional<InventoryItemView> inventory(InventoryItemId id) {
        return queries.query(new FindInventoryItemQuery(id), ResponseTypes.optionalInstanceOf(InventoryItemView.class))
                .join();
    }

    // ---- feeds through GraphQL

    public JsonNode plan() {
        return data(PLAN, target()).get("feedPlan");
    }

    public JsonNode dryRun() {
        return data(DRY_RUN, target()).get("dryRunFeed");
    }

    public JsonNode submit(boolean confirm) {
        Map<String, Object> variables = new LinkedHashMap<>(target());
        variables.put("confirm", confirm);
        return data(SUBMIT, variables).get("submitFeed");
    }

    public JsonNode cancel(String feedId) {
        return data("mutation($id: ID!) { cancelFeed(id: $id) { " + FEED + " } }", Map.of("id", feedId))
                .get("cancelFeed");
    }

    /** The feed's detail, or a null node while the History does not know it yet. */
    public JsonNode feed(String feedId) {
        return data("query($id: ID!) { feed(id: $id) { " + DETAIL + " } }", Map.of("id", feedId))
                .get("feed");
    }

    /** Waits until the feed has the status; a timeout shows the feed as it last was. */
    public JsonNode awaitFeed(String feedId, String status) {
        JsonNode[] last = new JsonNode[1];
        // A liveness wait, not a timing assertion: a loaded CI machine can take a while to upload and submit.
        await().atMost(Duration.ofMinutes(3))
                .pollInterval(Duration.ofMillis(300))
                .untilAsserted(() -> {
                    last[0] = feed(feedId);
                    assertThat(last[0].path("feed").path("status").asText())
                            .as("feed %s: %s", feedId, last[0])
                            .isEqualTo(status);
                });
        return last[0];
    }

    /** The History of this account; {@code kind} null = every kind. */
    public JsonNode history(String kind) {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("account", accountId.value());
        variables.put("kind", kind);
        return data(
                        "query($account: ID, $kind: FeedKind) { feeds(accountId: $account, kind: $kind) { total feeds { "
                                + FEED + " } } }",
                        variables)
                .get("feeds");
    }

    private Map<String, Object> target() {
        return Map.of("account", accountId.value(), "marketplace", UK.value());
    }

    /** Posts a GraphQL document; any error fails the test with the whole answer. */
    public JsonNode data(String document, Map<String, Object> variables) {
        JsonNode answer = post(document, variables);
        assertThat(answer.path("errors").isMissingNode()
                        || answer.path("errors").isEmpty())
                .as("GraphQL errors: %s", answer)
                .isTrue();
        return answer.get("data");
    }

    public JsonNode post(String document, Map<String, Object> variables) {
        ObjectNode body = JSON.createObjectNode();
        body.put("query", document);
        body.set("variables", JSON.valueToTree(variables));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphql"))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token)
                .timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    // ---- values

    public static Money livePrice(JsonNode listing) {
        return new Money(
                listing.path("offers").path(UK.value()).get("price").decimalValue(), Currency.getInstance("GBP"));
    }

    /** About 5 % above (at least 0.10 more): a conflict with Amazon, well inside the 50 % guard rail. */
    public static Money nudged(Money price) {
        BigDecimal up = price.amount().multiply(new BigDecimal("0.05")).setScale(2, RoundingMode.HALF_UP);
        return new Money(
                price.amount().add(up.max(new BigDecimal("0.10"))).setScale(2, RoundingMode.HALF_UP), price.currency());
    }

    public static BigDecimal amount(JsonNode money) {
        assertThat(money).as("a money value").isNotNull();
        assertThat(money.isNull()).as("a money value").isFalse();
        return new BigDecimal(money.get("amount").asText());
    }

    public static JsonNode bySku(JsonNode messages, String sku) {
        for (JsonNode m : messages) {
            if (sku.equals(m.get("sku").asText())) {
                return m;
            }
        }
        throw new AssertionError("no message for SKU " + sku + " in " + messages);
    }

    public static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }

    public static List<String> texts(JsonNode array, String field) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.get(field).asText()));
        return values;
    }
}
