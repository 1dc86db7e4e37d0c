// SPDX-License-Identifier: Apache-2.0
package io.sellersync.api.feeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.sellersync.api.EmulatedSeller;
import io.sellersync.api.IntegrationTestSupport;
import io.sellersync.api.SellersyncIntegrationTest;
import io.sellersync.api.accounts.AccountConnections;
import io.sellersync.api.security.ApiTokens;
import io.sellersync.api.security.UserAccounts;
import io.sellersync.messages.inventory.InventoryItemId;
import io.sellersync.messages.inventory.InventoryStatus;
import io.sellersync.messages.inventory.ItemCondition;
import io.sellersync.messages.queue.QueueEntryView;
import io.sellersync.messages.shared.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 6 end to end against the in-process SP-API emulator over HTTP (frozen clock, advanced by the test) and the
 * real database, driven through GraphQL the way a seller's tools drive it: the plan with computed quantities, a dry
 * run that names the bad attribute and submits nothing, a submission whose accepted, warning and error messages map
 * back to their queue entries and whose accepted changes are only "done" once Amazon shows them, FATAL, a feed stuck
 * in Amazon's queue and cancelled, a price that never goes live, one feed in flight per target, and the confirmation
 * a plan with warnings needs. Feed timings are seconds here ({@code sellersync.feeds.*} in
 * {@link SellersyncIntegrationTest}); every test has its own emulated seller (its own seed, so its own seller id).
 */
@SellersyncIntegrationTest
class FeedFlowIT {

    /** Seeds no other integration test uses: each test connects a seller of its own. */
    private static final AtomicInteger SEEDS = new AtomicInteger(601);

    /**
     * Long enough on the emulated clock for the feed to finish and every accepted change to go live (price 15 min),
     * short of the access tokens' hour: the emulator ends them on its own clock, which never jumps in production.
     */
    private static final long EVERYTHING_LIVE = 1000;

    /** Queue (30 s) and processing (60 s) on the emulated clock, but no propagation delay (price 15 min). */
    private static final long PROCESSED_NOT_LIVE = 95;

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

    @BeforeEach
    void connectASeller() {
        int seed = SEEDS.getAndIncrement();
        seller = new EmulatedSeller(connections, "Feed IT seller " + seed, Map.of("seed", String.valueOf(seed)));
        world = new FeedWorld(
                port,
                IntegrationTestSupport.adminToken(users, tokens),
                seller.accountId,
                seller.sellerId,
                seller::control,
                commands,
                queries);
        world.awaitAccount();
    }

    @AfterEach
    void stopTheEmulator() {
        if (seller != null) {
            seller.close();
        }
    }

    @Test
    void thePlanShowsTheAbsoluteQuantityFromAFreshLiveReadPlusTheQueuedUnits() {
        JsonNode listing = world.nextListing();
        int live = listing.get("quantity").asInt();
        InventoryItemId first = world.item(listing, FeedWorld.livePrice(listing), 2);
        InventoryItemId second = world.item(listing, FeedWorld.livePrice(listing), 3);
        String asin = world.nextUnlisted();
        InventoryItemId fresh = world.item(asin, ItemCondition.NEW_NEW, Money.of("14.50", "GBP"), 4);
        world.addAll(List.of(first, second, fresh));
        // Amazon's stock moves after the items were queued: the plan must read it again, not use the snapshot
        seller.control(
                "POST",
                "/buyers/purchase",
                "{\"sellerId\":\"" + seller.sellerId + "\",\"sku\":\""
                        + listing.get("sku").asText() + "\",\"marketplaceId\":\"" + FeedWorld.UK.value()
                        + "\",\"quantity\":1}");

        JsonNode plan = world.plan();

        assertThat(plan.get("messages")).hasSize(2);
        JsonNode patch =
                FeedWorld.bySku(plan.get("messages"), listing.get("sku").asText());
        assertThat(patch.get("operation").asText()).isEqualTo("PATCH");
        assertThat(patch.get("liveQuantity").asInt()).isEqualTo(live - 1);
        assertThat(patch.get("unitsAdded").asInt()).isEqualTo(5);
        assertThat(patch.get("quantity").asInt()).isEqualTo(live - 1 + 5);
        assertThat(FeedWorld.amount(patch.get("price")))
                .isEqualByComparingTo(FeedWorld.livePrice(listing).amount());
        assertThat(FeedWorld.texts(patch.get("entryIds")))
                .containsExactlyInAnyOrder(world.entryId(first), world.entryId(second));
        JsonNode update = FeedWorld.bySku(plan.get("messages"), world.sellerSku(fresh));
        assertThat(update.get("operation").asText()).isEqualTo("UPDATE");
        assertThat(update.get("asin").asText()).isEqualTo(asin);
        assertThat(update.get("liveQuantity").isNull()).isTrue();
        assertThat(update.get("quantity").asInt()).isEqualTo(4);
        assertThat(update.get("productType").asText()).isEqualTo(world.productType(asin));
        assertThat(plan.get("warnings"))
                .as("the live quantity changed since the items were queued")
                .anySatisfy(w -> assertThat(w.get("sku").asText())
                        .isEqualTo(listing.get("sku").asText()));
        assertThat(plan.get("skipped")).isEmpty();
        assertThat(plan.get("deferredSkus").asInt()).isZero();
        assertThat(world.calls("createFeed")).isEmpty();
    }

    @Test
    void aDryRunValidatesEveryMessageNamesTheBadAttributeIsKeptInHistoryAndSubmitsNothing() {
        JsonNode listing = world.nextListing();
        InventoryItemId patched = world.item(listing, FeedWorld.livePrice(listing), 1);
        InventoryItemId fresh = world.item(world.nextUnlisted(), ItemCondition.NEW_NEW, Money.of("12.00", "GBP"), 1);
        world.addAll(List.of(patched, fresh));
        // queued while the catalogue still had it: Amazon no longer knows the ASIN
        InventoryItemId gone = world.queuedWithResolution("B0GONE0001", "KITCHEN", Money.of("8.00", "GBP"));
        // a product type Amazon does not have
        InventoryItemId oddType = world.queuedWithResolution(world.nextUnlisted(), "GADGET", Money.of("9.00", "GBP"));

        JsonNode started = world.dryRun();

        assertThat(started.get("messages").asInt()).isEqualTo(4);
        String feedId = started.get("feedId").asText();
        JsonNode detail = world.awaitFeed(feedId, "VALIDATED");
        JsonNode feed = detail.get("feed");
        assertThat(feed.get("kind").asText()).isEqualTo("DRY_RUN");
        assertThat(feed.get("messages").asInt()).isEqualTo(4);
        assertThat(feed.get("errors").asInt()).as(detail.toString()).isEqualTo(2);
        assertThat(feed.get("amazonFeedId").isNull()).isTrue();
        JsonNode messages = detail.get("messages");
        assertThat(FeedWorld.bySku(messages, world.sellerSku(patched))
                        .get("outcome")
                        .asText())
                .isEqualTo("ACCEPTED");
        assertThat(FeedWorld.bySku(messages, world.sellerSku(fresh))
                        .get("outcome")
                        .asText())
                .isEqualTo("ACCEPTED");
        JsonNode goneMessage = FeedWorld.bySku(messages, world.sellerSku(gone));
        assertThat(goneMessage.get("outcome").asText()).isEqualTo("ERROR");
        assertThat(goneMessage.get("issues")).anySatisfy(i -> {
            assertThat(i.get("severity").asText()).isEqualTo("ERROR");
            assertThat(i.get("attributeName").asText()).isEqualTo("merchant_suggested_asin");
            assertThat(i.get("message").asText()).contains("B0GONE0001");
        });
        JsonNode oddMessage = FeedWorld.bySku(messages, world.sellerSku(oddType));
        assertThat(oddMessage.get("outcome").asText()).isEqualTo("ERROR");
        assertThat(oddMessage.get("issues"))
                .anySatisfy(i -> assertThat(i.get("message").asText()).contains("GADGET"));

        assertThat(FeedWorld.texts(world.history("DRY_RUN").get("feeds"), "id")).contains(feedId);
        assertThat(FeedWorld.texts(world.history("SUBMISSION").get("feeds"), "id"))
                .doesNotContain(feedId);
        // Amazon's VALIDATION_PREVIEW was asked with the operation the feed would use, and nothing was sent
        assertThat(world.calls("patchListingsItem"))
                .anySatisfy(c -> assertThat(c.path("query").asText()).contains("VALIDATION_PREVIEW"));
        assertThat(world.calls("putListingsItem"))
                .anySatisfy(c -> assertThat(c.path("query").asText()).contains("VALIDATION_PREVIEW"));
        assertThat(world.calls("patchListingsItem"))
                .allSatisfy(c -> assertThat(c.path("query").asText()).contains("VALIDATION_PREVIEW"));
        assertThat(world.calls("putListingsItem"))
                .allSatisfy(c -> assertThat(c.path("query").asText()).contains("VALIDATION_PREVIEW"));
        assertThat(world.calls("createFeedDocument")).isEmpty();
        assertThat(world.calls("createFeed")).isEmpty();
        assertThat(seller.control("GET", "/feeds?sellerId=" + seller.sellerId, null))
                .isEmpty();
        seller.advance(EVERYTHING_LIVE);
        assertThat(seller.control("GET", "/changes?sellerId=" + seller.sellerId, null))
                .as("a dry run changes nothing on Amazon")
                .isEmpty();
        // the entries stay queued and free: the next plan still sends all four
        assertThat(world.queueEntries())
                .hasSize(4)
                .allSatisfy(e -> assertThat(e.feedId()).isNull());
        assertThat(world.plan().get("messages")).hasSize(4);
    }

    @Test
    void aSubmissionMapsAcceptedWarningAndErrorToTheirEntriesAndOnlyVerifiedEntriesLeaveTheQueue() {
        JsonNode repriced = world.nextListing();
        JsonNode warned = world.nextListing();
        Money newPrice = FeedWorld.nudged(FeedWorld.livePrice(repriced));
        InventoryItemId accepted = world.item(repriced, newPrice, 2);
        InventoryItemId warning = world.item(warned, FeedWorld.livePrice(warned), 1);
        String newAsin = world.nextUnlisted();
        InventoryItemId created = world.item(newAsin, ItemCondition.NEW_NEW, Money.of("21.00", "GBP"), 3);
        Map<String, JsonNode> added = world.addAll(List.of(accepted, warning, created));
        assertThat(added.get(accepted.value()).get("status").asText()).isEqualTo("CONFLICT");
        world.resolve(accepted, "USE_MY_PRICE");
        InventoryItemId error = world.queuedWithResolution("B0GONE0002", "KITCHEN", Money.of("8.00", "GBP"));
        seller.control(
                "PUT", "/faults", "{\"feedWarningSkus\":[\"" + warned.get("sku").asText() + "\"]}");
        int repricedLive = repriced.get("quantity").asInt();

        JsonNode started = world.submit(false);

        String feedId = started.get("feedId").asText();
        assertThat(started.get("messages").asInt()).isEqualTo(4);
        JsonNode submitted = world.awaitFeed(feedId, "SUBMITTED");
        assertThat(submitted.at("/feed/amazonFeedId").asText()).isNotBlank();
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(world.queueEntries())
                        .as("the entries are in the feed while it is in flight")
                        .allSatisfy(e -> assertThat(e.feedId()).hasToString(feedId)));

        seller.advance(PROCESSED_NOT_LIVE);
        JsonNode processed = world.awaitFeed(feedId, "VERIFYING");
        JsonNode feed = processed.get("feed");
        assertThat(feed.get("amazonStatus").asText()).isEqualTo("DONE");
        assertThat(feed.get("accepted").asInt()).isEqualTo(2);
        assertThat(feed.get("warnings").asInt()).isEqualTo(1);
        assertThat(feed.get("errors").asInt()).isEqualTo(1);
        JsonNode messages = processed.get("messages");
        JsonNode acceptedMessage = FeedWorld.bySku(messages, repriced.get("sku").asText());
        assertThat(acceptedMessage.get("outcome").asText()).isEqualTo("ACCEPTED");
        assertThat(acceptedMessage.get("verification").asText())
                .as("accepted is not applied: Amazon does not show the new price yet")
                .isEqualTo("PENDING");
        assertThat(FeedWorld.texts(acceptedMessage.get("entryIds"))).containsExactly(world.entryId(accepted));
        JsonNode warningMessage = FeedWorld.bySku(messages, warned.get("sku").asText());
        assertThat(warningMessage.get("outcome").asText()).isEqualTo("WARNING");
        assertThat(warningMessage.get("issues")).singleElement().satisfies(i -> {
            assertThat(i.get("severity").asText()).isEqualTo("WARNING");
            assertThat(i.get("code").asText()).isEqualTo("4000006");
            assertThat(i.get("attributeName").asText()).isEqualTo("purchasable_offer");
        });
        assertThat(FeedWorld.texts(warningMessage.get("entryIds"))).containsExactly(world.entryId(warning));
        assertThat(FeedWorld.bySku(messages, world.sellerSku(created))
                        .get("outcome")
                        .asText())
                .isEqualTo("ACCEPTED");
        JsonNode errorMessage = FeedWorld.bySku(messages, world.sellerSku(error));
        assertThat(errorMessage.get("outcome").asText()).isEqualTo("ERROR");
        assertThat(errorMessage.get("verification").isNull()).isTrue();
        assertThat(errorMessage.get("issues"))
                .anySatisfy(i -> assertThat(i.get("attributeName").asText()).isEqualTo("merchant_suggested_asin"));
        assertThat(FeedWorld.texts(errorMessage.get("entryIds"))).containsExactly(world.entryId(error));
        // the error entry is back in the queue at once, with Amazon's words
        QueueEntryView failed = await().atMost(Duration.ofSeconds(30))
                .until(() -> world.queueEntry(error), e -> e != null && e.lastFailure() != null);
        assertThat(failed.feedId()).isNull();
        assertThat(failed.lastFailure()).contains("B0GONE0002");
        JsonNode shown = world.graphQlQueue().get(error.value());
        assertThat(shown.get("feedId").isNull()).isTrue();
        assertThat(shown.get("lastFailure").asText()).isEqualTo(failed.lastFailure());
        assertThat(world.graphQlQueue().get(accepted.value()).get("feedId").asText())
                .as("accepted entries stay in the feed until read back")
                .isEqualTo(feedId);

        seller.advance(EVERYTHING_LIVE);
        JsonNode done = world.awaitFeed(feedId, "COMPLETED");
        assertThat(done.at("/feed/verified").asInt()).isEqualTo(3);
        assertThat(done.at("/feed/pending").asInt()).isZero();
        JsonNode verified =
                FeedWorld.bySku(done.get("messages"), repriced.get("sku").asText());
        assertThat(verified.get("verification").asText()).isEqualTo("VERIFIED");
        assertThat(FeedWorld.amount(verified.get("observedPrice"))).isEqualByComparingTo(newPrice.amount());
        assertThat(verified.get("observedQuantity").asInt()).isEqualTo(repricedLive + 2);
        assertThat(FeedWorld.bySku(done.get("messages"), warned.get("sku").asText())
                        .get("verification")
                        .asText())
                .isEqualTo("VERIFIED");
        assertThat(FeedWorld.bySku(done.get("messages"), world.sellerSku(created))
                        .get("verification")
                        .asText())
                .isEqualTo("VERIFIED");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(world.queueEntries()).extracting(QueueEntryView::itemId).containsExactly(error);
            assertThat(world.status(accepted)).isEqualTo(InventoryStatus.LISTED);
            assertThat(world.status(warning)).isEqualTo(InventoryStatus.LISTED);
            assertThat(world.status(created)).isEqualTo(InventoryStatus.LISTED);
        });
        assertThat(world.status(error)).isEqualTo(InventoryStatus.BACKLOG);
        assertThat(world.queueEntry(error).lastFailure()).contains("B0GONE0002");
        JsonNode truth = seller.control("GET", "/listings/" + seller.sellerId + "/" + world.sellerSku(created), null);
        assertThat(truth.get("asin").asText()).isEqualTo(newAsin);
        assertThat(truth.get("quantity").asInt()).isEqualTo(3);
        assertThat(world.calls("createFeed")).hasSize(1);
        JsonNode sent = world.emulatorFeeds().get(0);
        assertThat(sent.at("/feed/feedId").asText())
                .isEqualTo(done.at("/feed/amazonFeedId").asText());
        assertThat(sent.get("payload").asText()).contains(repriced.get("sku").asText());
    }

    @Test
    void aFatalFeedFailsWithAmazonsReasonAndItsEntriesStayQueuedForTheNextSubmit() {
        JsonNode listing = world.nextListing();
        InventoryItemId item = world.item(listing, FeedWorld.livePrice(listing), 1);
        world.addAll(List.of(item));
        seller.control("PUT", "/faults", "{\"nextFeedsFatal\":1}");

        String feedId = world.submit(false).get("feedId").asText();
        world.awaitFeed(feedId, "SUBMITTED");
        seller.advance(PROCESSED_NOT_LIVE);

        JsonNode failed = world.awaitFeed(feedId, "FAILED");
        assertThat(failed.at("/feed/amazonStatus").asText()).isEqualTo("FATAL");
        assertThat(failed.at("/feed/reason").asText()).contains("could not be parsed");
        QueueEntryView entry = await().atMost(Duration.ofSeconds(30))
                .until(() -> world.queueEntry(item), e -> e != null && e.lastFailure() != null);
        assertThat(entry.feedId()).isNull();
        assertThat(entry.lastFailure()).contains("could not be parsed");
        assertThat(world.status(item)).isEqualTo(InventoryStatus.BACKLOG);

        // the target is free again, and the same entry goes in the next feed, after the seller confirms it knowing
        // why the last feed did not apply it
        JsonNode plan = world.plan();
        assertThat(plan.get("needsConfirmation").asBoolean()).isTrue();
        assertThat(plan.get("warnings"))
                .anySatisfy(w -> assertThat(w.get("message").asText()).contains("could not be parsed"));
        String next = world.submit(true).get("feedId").asText();
        world.awaitFeed(next, "SUBMITTED");
        seller.advance(EVERYTHING_LIVE);
        world.awaitFeed(next, "COMPLETED");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(world.status(item)).isEqualTo(InventoryStatus.LISTED);
            assertThat(world.queueEntry(item)).isNull();
        });
        assertThat(world.calls("createFeed")).hasSize(2);
    }

    @Test
    void aFeedStuckInAmazonsQueueIsFlaggedAndCanBeCancelled() {
        JsonNode listing = world.nextListing();
        InventoryItemId item = world.item(listing, FeedWorld.livePrice(listing), 1);
        world.addAll(List.of(item));
        seller.control("PUT", "/faults", "{\"feedsStuckInQueue\":true}");

        String feedId = world.submit(false).get("feedId").asText();
        JsonNode stuck = await().atMost(Duration.ofSeconds(60))
                .until(
                        () -> world.feed(feedId),
                        d -> "STUCK".equals(d.at("/feed/delay").asText()));
        assertThat(stuck.at("/feed/status").asText()).isEqualTo("SUBMITTED");
        assertThat(stuck.at("/feed/amazonStatus").asText()).isEqualTo("IN_QUEUE");
        assertThat(stuck.at("/feed/cancellable").asBoolean()).isTrue();

        JsonNode cancelling = world.cancel(feedId);
        assertThat(cancelling.get("id").asText()).isEqualTo(feedId);

        JsonNode cancelled = world.awaitFeed(feedId, "CANCELLED");
        assertThat(cancelled.at("/feed/amazonStatus").asText()).isEqualTo("CANCELLED");
        assertThat(cancelled.at("/feed/cancellable").asBoolean()).isFalse();
        assertThat(cancelled.at("/feed/reason").asText()).isNotBlank();
        assertThat(world.calls("cancelFeed")).hasSize(1);
        assertThat(world.emulatorFeeds().get(0).at("/feed/processingStatus").asText())
                .isEqualTo("CANCELLED");
        QueueEntryView entry = await().atMost(Duration.ofSeconds(30))
                .until(() -> world.queueEntry(item), e -> e != null && e.lastFailure() != null);
        assertThat(entry.feedId()).isNull();
        assertThat(world.status(item)).isEqualTo(InventoryStatus.BACKLOG);
        // a finished feed cannot be cancelled again
        world.graphql()
                .document("mutation($id: ID!) { cancelFeed(id: $id) { id } }")
                .variable("id", feedId)
                .execute()
                .errors()
                .satisfy(errors -> assertThat(errors)
                        .singleElement()
                        .satisfies(e -> assertThat(e.getExtensions()).containsEntry("code", "CONFLICT")));
    }

    @Test
    void aPriceThatNeverGoesLiveEndsTheReadBackAndTheEntryStaysQueuedWithTheReason() {
        JsonNode listing = world.nextListing();
        Money newPrice = FeedWorld.nudged(FeedWorld.livePrice(listing));
        InventoryItemId item = world.item(listing, newPrice, 2);
        world.addAll(List.of(item));
        world.resolve(item, "USE_MY_PRICE");
        seller.control(
                "PUT",
                "/faults",
                "{\"priceNeverPropagatesSkus\":[\"" + listing.get("sku").asText() + "\"]}");

        String feedId = world.submit(false).get("feedId").asText();
        world.awaitFeed(feedId, "SUBMITTED");
        seller.advance(EVERYTHING_LIVE);
        JsonNode verifying = world.awaitFeed(feedId, "VERIFYING");
        assertThat(verifying.at("/messages/0/outcome").asText()).isEqualTo("ACCEPTED");

        JsonNode done = await().atMost(Duration.ofSeconds(120))
                .until(
                        () -> world.feed(feedId),
                        d -> "COMPLETED".equals(d.at("/feed/status").asText()));
        JsonNode message = done.at("/messages/0");
        // the listing exists, so at the deadline it is a mismatch (TIMED_OUT is for an offer Amazon never shows)
        assertThat(message.get("verification").asText()).isEqualTo("MISMATCH");
        assertThat(done.at("/feed/mismatched").asInt()).isEqualTo(1);
        assertThat(FeedWorld.amount(message.get("observedPrice")))
                .as("Amazon still shows the old price")
                .isEqualByComparingTo(FeedWorld.livePrice(listing).amount());
        assertThat(done.at("/feed/verified").asInt()).isZero();
        QueueEntryView entry = await().atMost(Duration.ofSeconds(30))
                .until(() -> world.queueEntry(item), e -> e != null && e.lastFailure() != null);
        assertThat(entry.feedId()).isNull();
        // the seller learns which SKU did not go live and what Amazon still shows
        assertThat(entry.lastFailure())
                .contains(listing.get("sku").asText())
                .contains(FeedWorld.livePrice(listing).toString());
        assertThat(world.status(item)).isEqualTo(InventoryStatus.BACKLOG);
    }

    @Test
    void aSecondSubmitWhileAFeedIsInFlightIsRefused() {
        JsonNode listing = world.nextListing();
        InventoryItemId first = world.item(listing, FeedWorld.livePrice(listing), 1);
        world.addAll(List.of(first));
        String feedId = world.submit(false).get("feedId").asText();
        world.awaitFeed(feedId, "SUBMITTED");
        JsonNode other = world.nextListing();
        InventoryItemId second = world.item(other, FeedWorld.livePrice(other), 1);
        world.addAll(List.of(second));

        world.graphql()
                .document(FeedWorld.SUBMIT)
                .variable("account", seller.accountId.value())
                .variable("marketplace", FeedWorld.UK.value())
                .variable("confirm", true)
                .execute()
                .errors()
                .satisfy(errors -> assertThat(errors).singleElement().satisfies(e -> {
                    assertThat(e.getExtensions()).containsEntry("code", "CONFLICT");
                    assertThat(e.getMessage()).containsIgnoringCase("in flight");
                }));
        assertThat(world.history("SUBMISSION").get("total").asInt()).isEqualTo(1);
        assertThat(world.queueEntry(second).feedId()).isNull();

        // the first feed goes live before its read-back time runs out (real seconds in tests), then the next one goes
        seller.advance(EVERYTHING_LIVE);
        world.awaitFeed(feedId, "COMPLETED");
        assertThat(world.feed(feedId).at("/feed/verified").asInt()).isEqualTo(1);
        // the verified entry leaves the queue (never planned a second time)
        await().atMost(Duration.ofSeconds(30)).until(() -> world.queueEntry(first) == null);
        String next = world.submit(false).get("feedId").asText();
        world.awaitFeed(next, "SUBMITTED");
        assertThat(world.feed(next).get("messages"))
                .extracting(m -> m.get("sku").asText())
                .containsExactly(other.get("sku").asText());

        // while that one is in flight a dry run is still allowed: it sends nothing
        JsonNode third = world.nextListing();
        world.addAll(List.of(world.item(third, FeedWorld.livePrice(third), 1)));
        String dryRun = world.dryRun().get("feedId").asText();
        world.awaitFeed(dryRun, "VALIDATED");
        assertThat(world.feed(dryRun).get("messages"))
                .extracting(m -> m.get("sku").asText())
                .containsExactly(third.get("sku").asText());

        seller.advance(EVERYTHING_LIVE);
        world.awaitFeed(next, "COMPLETED");
        assertThat(world.calls("createFeed")).hasSize(2);
    }

    @Test
    void aPlanWithWarningsIsOnlySubmittedWithAnExplicitConfirmation() {
        JsonNode listing = world.nextListing();
        Money doubled = new Money(
                FeedWorld.livePrice(listing)
                        .amount()
                        .multiply(BigDecimal.valueOf(2))
                        .setScale(2, RoundingMode.HALF_UP),
                FeedWorld.livePrice(listing).currency());
        InventoryItemId item = world.item(listing, doubled, 1);
        world.addAll(List.of(item));
        world.resolve(item, "USE_MY_PRICE");

        JsonNode plan = world.plan();
        assertThat(plan.get("needsConfirmation").asBoolean()).isTrue();
        assertThat(plan.get("warnings")).anySatisfy(w -> {
            assertThat(w.get("sku").asText()).isEqualTo(listing.get("sku").asText());
            assertThat(w.get("message").asText()).contains("100");
        });

        world.graphql()
                .document(FeedWorld.SUBMIT)
                .variable("account", seller.accountId.value())
                .variable("marketplace", FeedWorld.UK.value())
                .variable("confirm", false)
                .execute()
                .errors()
                .satisfy(errors -> assertThat(errors).singleElement().satisfies(e -> {
                    assertThat(e.getExtensions()).containsEntry("code", "CONFLICT");
                    assertThat(e.getExtensions()).containsEntry("field", "confirm");
                }));
        assertThat(world.history(null).get("total").asInt()).isZero();
        assertThat(world.calls("createFeedDocument")).isEmpty();

        String feedId = world.submit(true).get("feedId").asText();
        world.awaitFeed(feedId, "SUBMITTED");
        seller.advance(EVERYTHING_LIVE);
        JsonNode done = world.awaitFeed(feedId, "COMPLETED");
        assertThat(FeedWorld.amount(done.at("/messages/0/observedPrice"))).isEqualByComparingTo(doubled.amount());
        assertThat(Set.of(done.at("/messages/0/verification").asText())).containsExactly("VERIFIED");
    }
}
