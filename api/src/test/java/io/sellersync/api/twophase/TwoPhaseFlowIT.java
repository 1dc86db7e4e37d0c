// SPDX-License-Identifier: Apache-2.0
package io.sellersync.api.twophase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.sellersync.api.EmulatedSeller;
import io.sellersync.api.IntegrationTestSupport;
import io.sellersync.api.SellersyncIntegrationTest;
import io.sellersync.api.accounts.AccountConnections;
import io.sellersync.api.feeds.FeedWorld;
import io.sellersync.api.security.ApiTokens;
import io.sellersync.api.security.UserAccounts;
import io.sellersync.messages.inventory.ChangeInventoryItemStatusCommand;
import io.sellersync.messages.inventory.InventoryItemId;
import io.sellersync.messages.inventory.InventoryStatus;
import io.sellersync.messages.inventory.ItemCondition;
import io.sellersync.messages.shared.Money;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.WebSocketGraphQlTester;
import org.springframework.web.reactive.socket.client.StandardWebSocketClient;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;

/**
 * Issue 7 end to end against the in-process SP-API emulator over HTTP and the real database: two-phase runs pushed
 * through GraphQL while the emulator's clock is advanced (quantity goes live a minute after Amazon accepts it, a price
 * fifteen minutes after), and for every SKU the emulator's ground truth — every change that went live, in order —
 * shows the new price live before any quantity rise. Covered: price raises and restocks of live offers with a new
 * offer, a SKU whose price never goes live (held, quantity untouched), and a new offer whose price Amazon drops as its
 * stock arrives (rescued: quantity back to 0, price patched, quantity restored). Run waits are seconds here
 * ({@code sellersync.twophase.*} in {@link SellersyncIntegrationTest}); every test has its own emulated seller.
 */
@SellersyncIntegrationTest
class TwoPhaseFlowIT {

    private static final AtomicInteger SEEDS = new AtomicInteger(701);

    /** The emulator's feed queue (30 s) and processing (60 s), plus a quantity going live (60 s). */
    private static final long PROCESSED = 200;

    /** Long enough for an accepted price to go live (15 min); the tests stay under the access tokens' hour. */
    private static final long PRICES_LIVE = 1000;

    @LocalServerPort
    int port;

    @Autowired
    UserAccounts users;

    @Autowired
    ApiTokens tokens;

    @Autowired
    AccountConnections connections;

    @Autowired
    CommandGateway commands;

    @Autowired
    QueryGateway queries;

    EmulatedSeller seller;
    FeedWorld world;
    RunWorld runs;

    @BeforeEach
    void connectASeller() {
        int seed = SEEDS.getAndIncrement();
        seller = new EmulatedSeller(connections, "Two-phase IT seller " + seed, Map.of("seed", String.valueOf(seed)));
        world = new FeedWorld(
                port,
                IntegrationTestSupport.adminToken(users, tokens),
                seller.accountId,
                seller.sellerId,
                seller::control,
                commands,
                queries);
        world.awaitAccount();
        runs = new RunWorld(world, seller::control, seller.sellerId);
    }

    @AfterEach
    void stopTheEmulator() {
        if (seller != null) {
            seller.close();
        }
    }

    /** A live offer queued at a higher price ({@link FeedWorld#nudged}) with units added, "use my price" answered. */
    private InventoryItemId raised(JsonNode listing, int units) {
        InventoryItemId item = world.item(listing, raise(listing), units);
        Map<String, JsonNode> added = world.addAll(List.of(item));
        if ("CONFLICT".equals(added.get(item.value()).get("status").asText())) {
            world.resolve(item, "USE_MY_PRICE");
        }
        return item;
    }

    /** A LISTED item queued as a reprice at a higher price: no units, its message sends the price only. */
    private InventoryItemId repriced(JsonNode listing) {
        InventoryItemId item = world.item(listing, raise(listing), 1);
        commands.sendAndWait(
                new ChangeInventoryItemStatusCommand(item, InventoryStatus.LISTED, "listed before the test"));
        await().atMost(Duration.ofSeconds(20)).until(() -> world.status(item) == InventoryStatus.LISTED);
        JsonNode result = world.data(
                        "mutation($ids: [ID!]!, $a: ID, $m: ID) { addToQueue(itemIds: $ids, accountId: $a,"
                                + " marketplaceId: $m, reprice: true) { status reason } }",
                        Map.of("ids", List.of(item.value()), "a", seller.accountId.value(), "m", FeedWorld.UK.value()))
                .get("addToQueue")
                .get(0);
        assertThat(result.get("status").asText()).as(result.toString()).isIn("ADDED", "CONFLICT");
        await().atMost(Duration.ofSeconds(20)).until(() -> world.queueEntry(item) != null);
        if (world.queueEntry(item).hasConflict()) {
            world.resolve(item, "USE_MY_PRICE");
        }
        return item;
    }

    private static Money raise(JsonNode listing) {
        return FeedWorld.nudged(FeedWorld.livePrice(listing));
    }

    private String start() {
        JsonNode answer = runs.push(seller.accountId.value(), "TWO_PHASE", true);
        assertThat(answer.path("errors").isMissingNode()).as(answer.toString()).isTrue();
        JsonNode started = answer.get("data").get("pushQueue");
        assertThat(started.get("mode").asText()).isEqualTo("TWO_PHASE");
        String runId = started.get("runId").asText();
        runs.awaitRun(runId, "is known", r -> true);
        return runId;
    }

    /** The price feed submitted, then processed by Amazon (its read-back waits for the prices). */
    private JsonNode awaitPriceFeedProcessed(String runId) {
        return awaitProcessed(runs.run(runId).get("priceFeedId").asText());
    }

    /** Waits until Amazon has the feed, lets the emulator process it, and waits for its report to be applied. */
    private JsonNode awaitProcessed(String feedId) {
        world.awaitFeed(feedId, "SUBMITTED");
        seller.advance(PROCESSED);
        return world.awaitFeed(feedId, "VERIFYING");
    }

    @Test
    void pricesGoLiveBeforeAnyQuantityForRaisesRestocksAndANewOffer() {
        JsonNode restockListing = world.nextListing();
        JsonNode repriceListing = world.nextListing();
        InventoryItemId restock = raised(restockListing, 2);
        InventoryItemId reprice = repriced(repriceListing);
        String asin = world.nextUnlisted();
        Money newPrice = Money.of("19.90", "GBP");
        InventoryItemId fresh = world.item(asin, ItemCondition.NEW_NEW, newPrice, 1);
        world.addAll(List.of(fresh));
        int restockBefore = restockListing.get("quantity").asInt();

        JsonNode plan = world.data(
                        "query($a: ID!, $m: ID!) { feedPlan(accountId: $a, marketplaceId: $m) { suggestedMode"
                                + " suggestedModeReason } }",
                        Map.of("a", seller.accountId.value(), "m", FeedWorld.UK.value()))
                .get("feedPlan");
        assertThat(plan.get("suggestedMode").asText()).isEqualTo("TWO_PHASE");
        assertThat(plan.get("suggestedModeReason").asText()).contains("rise");

        String runId = start();
        JsonNode priceFeed = awaitPriceFeedProcessed(runId);
        // the price phase: prices only for live offers, the new offer at quantity 0
        for (JsonNode m : priceFeed.get("messages")) {
            if ("UPDATE".equals(m.get("operation").asText())) {
                assertThat(m.get("quantity").asInt()).isZero();
            } else {
                assertThat(m.get("quantity").isNull()).as("price only: %s", m).isTrue();
            }
        }
        assertThat(runs.run(runId).get("quantityFeedId").isNull()).isTrue();
        assertThat(runs.submittedQuantityChanges(restockListing.get("sku").asText()))
                .as("no quantity before the prices are live")
                .isEmpty();

        seller.advance(PRICES_LIVE);
        JsonNode quantityPhase = runs.awaitRun(
                runId, "in the quantity phase", r -> !r.get("quantityFeedId").isNull());
        assertThat(quantityPhase.get("pricesLive").asInt()).isEqualTo(3);
        awaitProcessed(quantityPhase.get("quantityFeedId").asText());
        JsonNode done = runs.awaitRun(runId, "completed", r -> !r.get("outcome").isNull());

        assertThat(done.get("outcome").asText()).as(done.toString()).isEqualTo("COMPLETED");
        assertThat(done.get("verified").asInt()).isEqualTo(3);
        assertThat(runs.assertPriceLiveBeforeEveryQuantityRise(
                        restockListing.get("sku").asText(),
                        raise(restockListing).amount()))
                .isEqualTo(1);
        assertThat(runs.assertPriceLiveBeforeEveryQuantityRise(world.sellerSku(fresh), newPrice.amount()))
                .isEqualTo(1);
        assertThat(runs.submittedQuantityChanges(repriceListing.get("sku").asText()))
                .as("a reprice sends no quantity")
                .isEmpty();
        JsonNode truth = seller.control(
                "GET",
                "/listings/" + seller.sellerId + "/" + restockListing.get("sku").asText(),
                null);
        assertThat(truth.get("quantity").asInt()).isEqualTo(restockBefore + 2);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(world.queueEntries()).isEmpty();
            assertThat(world.status(restock)).isEqualTo(InventoryStatus.LISTED);
            assertThat(world.status(fresh)).isEqualTo(InventoryStatus.LISTED);
        });
        assertThat(world.calls("createFeed")).hasSize(2);
        JsonNode timeline = RunWorld.bySku(
                        runs.skus(runId), restockListing.get("sku").asText())
                .get("timeline");
        assertThat(FeedWorld.texts(timeline, "what"))
                .anySatisfy(w -> assertThat(w).startsWith("new price"))
                .anySatisfy(w -> assertThat(w).startsWith("quantity phase"))
                .anySatisfy(w -> assertThat(w).startsWith("verified live"));
    }

    @Test
    void aSkuWhosePriceNeverGoesLiveIsHeldAndItsQuantityNeverSent() {
        JsonNode stuckListing = world.nextListing();
        JsonNode goodListing = world.nextListing();
        InventoryItemId stuck = raised(stuckListing, 3);
        InventoryItemId good = raised(goodListing, 1);
        String stuckSku = stuckListing.get("sku").asText();
        seller.control("PUT", "/faults", "{\"priceNeverPropagatesSkus\":[\"" + stuckSku + "\"]}");
        int stuckBefore = stuckListing.get("quantity").asInt();

        String runId = start();
        awaitPriceFeedProcessed(runId);
        seller.advance(PRICES_LIVE);
        JsonNode quantityPhase = runs.awaitRun(
                runId, "in the quantity phase", r -> !r.get("quantityFeedId").isNull());
        assertThat(quantityPhase.get("held").asInt()).isEqualTo(1);
        JsonNode quantityFeed =
                awaitProcessed(quantityPhase.get("quantityFeedId").asText());
        assertThat(FeedWorld.texts(quantityFeed.get("messages"), "sku"))
                .containsExactly(goodListing.get("sku").asText());
        JsonNode done = runs.awaitRun(runId, "ended", r -> !r.get("outcome").isNull());

        assertThat(done.get("outcome").asText()).isEqualTo("PARTIAL");
        assertThat(done.get("verified").asInt()).isEqualTo(1);
        assertThat(done.get("held").asInt()).isEqualTo(1);
        assertThat(runs.submittedQuantityChanges(stuckSku))
                .as("the held SKU's quantity never moved")
                .isEmpty();
        assertThat(seller.control("GET", "/listings/" + seller.sellerId + "/" + stuckSku, null)
                        .get("quantity")
                        .asInt())
                .isEqualTo(stuckBefore);
        runs.assertPriceLiveBeforeEveryQuantityRise(
                goodListing.get("sku").asText(), raise(goodListing).amount());
        JsonNode held = RunWorld.bySku(runs.skus(runId), stuckSku);
        assertThat(held.get("state").asText()).isEqualTo("HELD");
        assertThat(held.get("reason").asText()).contains("was not live in time").contains("quantity was not sent");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(world.queueEntry(good)).isNull();
            assertThat(world.queueEntry(stuck)).isNotNull();
            assertThat(world.queueEntry(stuck).lastFailure()).contains("held");
            assertThat(world.queueEntry(stuck).inRun()).isFalse();
        });
    }

    @Test
    void aNewOfferWhosePriceDropsAsItsStockArrivesIsRescuedBeforeItSellsAtNoPrice() {
        String asin = world.nextUnlisted();
        Money price = Money.of("24.50", "GBP");
        InventoryItemId fresh = world.item(asin, ItemCondition.NEW_NEW, price, 2);
        world.addAll(List.of(fresh));
        String sku = world.sellerSku(fresh);
        seller.control("PUT", "/faults", "{\"priceDropsWithQuantitySkus\":[\"" + sku + "\"]}");

        String runId = start();
        awaitPriceFeedProcessed(runId);
        seller.advance(PRICES_LIVE);
        JsonNode quantityPhase = runs.awaitRun(
                runId, "in the quantity phase", r -> !r.get("quantityFeedId").isNull());
        awaitProcessed(quantityPhase.get("quantityFeedId").asText());
        runs.awaitRun(runId, "rescuing", r -> r.get("rescuing").asInt() == 1);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> world.calls("patchListingsItem").size() == 1);
        seller.advance(PRICES_LIVE);
        assertThat(seller.control("GET", "/listings/" + seller.sellerId + "/" + sku, null)
                        .get("quantity")
                        .asInt())
                .as("the rescue took the quantity back to 0; nothing restores it before the price is seen live")
                .isZero();
        await().atMost(Duration.ofSeconds(60))
                .until(() -> world.calls("patchListingsItem").size() == 2);
        seller.advance(PROCESSED);
        JsonNode done = runs.awaitRun(runId, "ended", r -> !r.get("outcome").isNull());

        assertThat(done.get("outcome").asText()).as(done.toString()).isEqualTo("COMPLETED");
        assertThat(done.get("rescued").asInt()).isEqualTo(1);
        assertThat(runs.assertPriceLiveBeforeEveryQuantityRise(sku, price.amount()))
                .isEqualTo(2);
        JsonNode truth = seller.control("GET", "/listings/" + seller.sellerId + "/" + sku, null);
        assertThat(truth.get("quantity").asInt()).isEqualTo(2);
        assertThat(truth.at("/offers/" + FeedWorld.UK.value() + "/price").decimalValue())
                .isEqualByComparingTo(price.amount());
        JsonNode rescued = RunWorld.bySku(runs.skus(runId), sku);
        assertThat(rescued.get("rescued").asBoolean()).isTrue();
        assertThat(FeedWorld.texts(rescued.get("timeline"), "what"))
                .anySatisfy(w -> assertThat(w).contains("quantity set to 0 and price GBP 24.50 patched"))
                .anySatisfy(w -> assertThat(w).contains("quantity restored to 2"));
    }

    @Test
    void aSubmissionWhileARunHoldsTheTargetIsRefusedNamingTheRun() {
        JsonNode listing = world.nextListing();
        raised(listing, 1);
        String runId = start();
        awaitPriceFeedProcessed(runId);
        JsonNode other = world.nextListing();
        raised(other, 1);

        JsonNode refused = runs.push(seller.accountId.value(), "SINGLE_PHASE", true);

        assertThat(refused.path("errors").get(0).path("extensions").path("code").asText())
                .isEqualTo("CONFLICT");
        assertThat(refused.path("errors").get(0).path("message").asText())
                .contains("two-phase run")
                .contains(runId.substring(0, 8));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theRunStreamsItsProgressToSubscribersUntilItEnds() {
        InventoryItemId reprice = repriced(world.nextListing());
        String runId = start();
        WebSocketGraphQlTester live = WebSocketGraphQlTester.builder(
                        URI.create("ws://localhost:" + port + "/graphql-ws"), new StandardWebSocketClient())
                .headers(h -> h.setBearerAuth(IntegrationTestSupport.adminToken(users, tokens)))
                .build();

        Flux<Map<String, Object>> updates = live.document(
                        "subscription($id: ID!) { syncRunUpdates(id: $id) { id step outcome pricesLive verified } }")
                .variable("id", runId)
                .executeSubscription()
                .toFlux()
                .map(response -> (Map<String, Object>)
                        response.path("syncRunUpdates").entity(Map.class).get());

        StepVerifier.create(updates)
                .assertNext(initial -> {
                    assertThat(initial.get("id")).isEqualTo(runId);
                    assertThat(initial.get("outcome")).isNull();
                })
                .then(() -> {
                    awaitPriceFeedProcessed(runId);
                    seller.advance(PRICES_LIVE);
                })
                .thenConsumeWhile(run -> run.get("outcome") == null)
                .assertNext(ended -> {
                    assertThat(ended.get("outcome")).isEqualTo("COMPLETED");
                    assertThat(ended.get("pricesLive")).isEqualTo(1);
                    assertThat(ended.get("verified")).isEqualTo(1);
                })
                .thenCancel()
                .verify(Duration.ofSeconds(120));
        await().atMost(Duration.ofSeconds(20)).until(() -> world.queueEntry(reprice) == null);
    }
}
