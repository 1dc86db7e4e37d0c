// SPDX-License-Identifier: Apache-2.0
package io.sellersync.query.queue;

import static org.assertj.core.api.Assertions.assertThat;

import io.sellersync.messages.accounts.AccountId;
import io.sellersync.messages.accounts.GuardRails;
import io.sellersync.messages.feed.FeedBuiltEvent;
import io.sellersync.messages.feed.FeedCompletedEvent;
import io.sellersync.messages.feed.FeedFailedEvent;
import io.sellersync.messages.feed.FeedFailure;
import io.sellersync.messages.feed.FeedId;
import io.sellersync.messages.feed.FeedItemsVerifiedEvent;
import io.sellersync.messages.feed.FeedKind;
import io.sellersync.messages.feed.FeedMessage;
import io.sellersync.messages.feed.FeedOperation;
import io.sellersync.messages.feed.FeedPayloadRef;
import io.sellersync.messages.feed.VerificationState;
import io.sellersync.messages.feed.VerifiedItem;
import io.sellersync.messages.inventory.InventoryItemId;
import io.sellersync.messages.inventory.InventoryStatus;
import io.sellersync.messages.inventory.ItemCondition;
import io.sellersync.messages.queue.FindQueueEntryQuery;
import io.sellersync.messages.queue.ItemQueuedEvent;
import io.sellersync.messages.queue.ItemSnapshot;
import io.sellersync.messages.queue.ListQueueQuery;
import io.sellersync.messages.queue.QueueEntryView;
import io.sellersync.messages.queue.QueueItemId;
import io.sellersync.messages.queue.QueueItemSyncFailedEvent;
import io.sellersync.messages.queue.QueueItemSyncedEvent;
import io.sellersync.messages.queue.QueueSummaryQuery;
import io.sellersync.messages.queue.SkuResolution;
import io.sellersync.messages.shared.MarketplaceId;
import io.sellersync.messages.shared.Money;
import io.sellersync.messages.twophase.RunLimits;
import io.sellersync.messages.twophase.SyncRunId;
import io.sellersync.messages.twophase.TwoPhaseSyncPartialEvent;
import io.sellersync.messages.twophase.TwoPhaseSyncStartedEvent;
import io.sellersync.query.ProjectionDatabase;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest(classes = ProjectionDatabase.class)
@TestPropertySource("classpath:projection-database.properties")
class QueueFeedStateTest {

    private static final AccountId ACCOUNT = new AccountId("acc-queue");
    private static final MarketplaceId UK = new MarketplaceId("A1F83G8C2ARO7P");
    private static final Instant T0 = Instant.parse("2026-11-20T10:00:00Z");

    @Autowired
    QueueProjection projection;

    @Autowired
    TransactionTemplate transactions;

    @BeforeEach
    void emptyQueue() {
        transactions.executeWithoutResult(s -> projection.reset());
    }

    private void apply(Runnable handler) {
        transactions.executeWithoutResult(s -> handler.run());
    }

    private static ItemQueuedEvent queued(int n) {
        InventoryItemId item = new InventoryItemId("item-" + n);
        return new ItemQueuedEvent(
                QueueItemId.of(item, ACCOUNT, UK),
                ACCOUNT,
                UK,
                new ItemSnapshot(
                        item,
                        "LOC-" + n,
                        "Title " + n,
                        "B0000" + n,
                        ItemCondition.NEW_NEW,
                        Money.of("12.50", "GBP"),
                        2,
                        InventoryStatus.BACKLOG),
                false,
                new SkuResolution("SKU-" + n, false, "BOOK", Money.of("11.00", "GBP"), 1),
                GuardRails.DEFAULT,
                false,
                T0.plusSeconds(n));
    }

    private static FeedMessage message(ItemQueuedEvent entry, int id) {
        return new FeedMessage(
                id,
                entry.resolution().sellerSku(),
                FeedOperation.PATCH,
                "BOOK",
                entry.item().asin(),
                ItemCondition.NEW_NEW,
                entry.item().price(),
                3,
                Money.of("11.00", "GBP"),
                1,
                2,
                List.of(entry.queueItemId()));
    }

    private static FeedBuiltEvent built(FeedId feed, FeedKind kind, List<FeedMessage> messages) {
        return new FeedBuiltEvent(feed, ACCOUNT, UK, kind, messages, new FeedPayloadRef("a".repeat(64), 10), T0);
    }

    private Optional<QueueEntryView> entry(ItemQueuedEvent event) {
        return projection.handle(new FindQueueEntryQuery(event.queueItemId()));
    }

    @Test
    void aSubmissionCarriesItsEntriesAndADryRunDoesNot() {
        ItemQueuedEvent one = queued(1);
        ItemQueuedEvent two = queued(2);
        ItemQueuedEvent three = queued(3);
        apply(() -> List.of(one, two, three).forEach(projection::on));
        FeedId dryRun = FeedId.random();
        apply(() -> projection.on(built(dryRun, FeedKind.DRY_RUN, List.of(message(one, 1)))));
        assertThat(entry(one).orElseThrow().inFeed()).isFalse();

        FeedId feed = FeedId.random();
        FeedMessage gone = new FeedMessage(
                3,
                "SKU-9",
                FeedOperation.PATCH,
                "BOOK",
                "B9",
                ItemCondition.NEW_NEW,
                null,
                1,
                null,
                0,
                1,
                List.of(new QueueItemId("item-9@acc-queue@A1F83G8C2ARO7P"))); // removed meanwhile
        apply(() -> projection.on(built(feed, FeedKind.SUBMISSION, List.of(message(one, 1), message(two, 2), gone))));

        assertThat(entry(one).orElseThrow().feedId()).isEqualTo(feed);
        assertThat(entry(two).orElseThrow().feedId()).isEqualTo(feed);
        assertThat(entry(three).orElseThrow().feedId()).isNull();
        assertThat(projection.handle(new ListQueueQuery(ACCOUNT, UK))).hasSize(3);
        assertThat(projection.handle(new FindQueueEntryQuery(new QueueItemId("item-9@acc-queue@A1F83G8C2ARO7P"))))
                .isEmpty();
    }

    @Test
    void aSyncedEntryLeavesTheQueueAndAFailedOneStaysWithTheReason() {
        ItemQueuedEvent one = queued(1);
        ItemQueuedEvent two = queued(2);
        apply(() -> List.of(one, two).forEach(projection::on));
        FeedId feed = FeedId.random();
        apply(() -> projection.on(built(feed, FeedKind.SUBMISSION, List.of(message(one, 1), message(two, 2)))));

        apply(() -> projection.on(
                new QueueItemSyncedEvent(one.queueItemId(), one.item().itemId(), feed, T0)));
        apply(() -> projection.on(
                new QueueItemSyncedEvent(one.queueItemId(), one.item().itemId(), feed, T0)));
        apply(() -> projection.on(new QueueItemSyncFailedEvent(
                two.queueItemId(), two.item().itemId(), feed, "Amazon still shows GBP 11.00 after 1 hour", T0)));

        assertThat(entry(one)).isEmpty();
        QueueEntryView failed = entry(two).orElseThrow();
        assertThat(failed.feedId()).isNull();
        assertThat(failed.inFeed()).isFalse();
        assertThat(failed.lastFailure()).isEqualTo("Amazon still shows GBP 11.00 after 1 hour");
        assertThat(projection.handle(new QueueSummaryQuery(ACCOUNT, UK)).entries())
                .isEqualTo(1);

        apply(() -> projection.on(queued(2))); // queued again
        QueueEntryView requeued = entry(two).orElseThrow();
        assertThat(requeued.lastFailure()).isNull();
        assertThat(requeued.feedId()).isNull();
    }

    @Test
    void aFailedFeedReleasesItsEntriesBeforeTheirOwnFailuresArrive() {
        ItemQueuedEvent one = queued(1);
        ItemQueuedEvent two = queued(2);
        apply(() -> List.of(one, two).forEach(projection::on));
        FeedId feed = FeedId.random();
        apply(() -> projection.on(built(feed, FeedKind.SUBMISSION, List.of(message(one, 1), message(two, 2)))));

        apply(() -> projection.on(new FeedFailedEvent(
                feed,
                FeedFailure.FATAL,
                "The feed could not be parsed",
                null,
                List.of(one.queueItemId(), two.queueItemId()),
                T0)));

        assertThat(entry(one).orElseThrow().feedId()).isNull();
        assertThat(entry(two).orElseThrow().feedId()).isNull();
        assertThat(entry(one).orElseThrow().lastFailure()).isNull();

        apply(() -> projection.on(new QueueItemSyncFailedEvent(
                one.queueItemId(), one.item().itemId(), feed, "The feed could not be parsed", T0)));
        assertThat(entry(one).orElseThrow().lastFailure()).isEqualTo("The feed could not be parsed");
    }

    @Test
    void aCompletedFeedReleasesEveryEntryItStillCarries() {
        ItemQueuedEvent one = queued(1);
        ItemQueuedEvent two = queued(2);
        ItemQueuedEvent three = queued(3);
        apply(() -> List.of(one, two, three).forEach(projection::on));
        FeedId feed = FeedId.random();
        FeedId other = FeedId.random();
        apply(() -> projection.on(built(feed, FeedKind.SUBMISSION, List.of(message(one, 1), message(two, 2)))));
        apply(() -> projection.on(built(other, FeedKind.SUBMISSION, List.of(message(three, 1)))));
        apply(() -> projection.on(
                new QueueItemSyncedEvent(one.queueItemId(), one.item().itemId(), feed, T0)));

        // the outcome command of entry two was lost: the completed feed must not leave it "already in feed" forever
        apply(() -> projection.on(new FeedCompletedEvent(feed, 2, 0, 0, 1, 0, 0, T0.plusSeconds(60))));

        assertThat(entry(one)).isEmpty();
        QueueEntryView released = entry(two).orElseThrow();
        assertThat(released.feedId()).isNull();
        assertThat(released.inFeed()).isFalse();
        assertThat(released.lastFailure()).isNull();
        assertThat(entry(three).orElseThrow().feedId()).isEqualTo(other);

        // an outcome arriving after the completion still applies
        apply(() -> projection.on(new QueueItemSyncFailedEvent(
                two.queueItemId(), two.item().itemId(), feed, "Amazon never showed the offer", T0)));
        assertThat(entry(two).orElseThrow().lastFailure()).isEqualTo("Amazon never showed the offer");
    }

    @Test
    void aLateFailureOfAnOlderFeedDoesNotReleaseANewerOne() {
        ItemQueuedEvent one = queued(1);
        apply(() -> projection.on(one));
        FeedId older = FeedId.random();
        FeedId newer = FeedId.random();
        apply(() -> projection.on(built(newer, FeedKind.SUBMISSION, List.of(message(one, 1)))));

        apply(() -> projection.on(
                new QueueItemSyncFailedEvent(one.queueItemId(), one.item().itemId(), older, "old news", T0)));
        apply(() -> projection.on(
                new FeedFailedEvent(older, FeedFailure.FATAL, "old news", null, List.of(one.queueItemId()), T0)));

        assertThat(entry(one).orElseThrow().feedId()).isEqualTo(newer);
    }

    @Test
    void aTwoPhaseRunOwnsItsEntriesAcrossItsPhaseFeedsUntilItEnds() {
        ItemQueuedEvent one = queued(1);
        ItemQueuedEvent two = queued(2);
        apply(() -> List.of(one, two).forEach(projection::on));
        SyncRunId run = SyncRunId.random();
        FeedId priceFeed = FeedId.random();
        List<FeedMessage> messages = List.of(message(one, 1), message(two, 2));
        apply(() -> projection.on(new TwoPhaseSyncStartedEvent(
                run, ACCOUNT, UK, messages, priceFeed, new FeedPayloadRef("a".repeat(64), 10), RunLimits.DEFAULT, T0)));
        apply(() -> projection.on(new FeedBuiltEvent(
                priceFeed,
                ACCOUNT,
                UK,
                FeedKind.SUBMISSION,
                messages,
                new FeedPayloadRef("a".repeat(64), 10),
                T0,
                run,
                null)));
        assertThat(entry(one).orElseThrow().runId()).isEqualTo(run);
        assertThat(entry(one).orElseThrow().feedId()).isEqualTo(priceFeed);

        // the price feed verifies: the entries stay (their quantity has not gone out yet)
        apply(() -> projection.on(new FeedItemsVerifiedEvent(
                priceFeed,
                List.of(new VerifiedItem(
                        1,
                        "SKU-1",
                        VerificationState.VERIFIED,
                        Money.of("12.50", "GBP"),
                        1,
                        List.of(one.queueItemId()))),
                T0)));
        apply(() -> projection.on(new FeedCompletedEvent(priceFeed, 2, 0, 0, 2, 0, 0, T0)));
        QueueEntryView between = entry(one).orElseThrow();
        assertThat(between.feedId()).isNull();
        assertThat(between.runId()).isEqualTo(run);

        apply(() -> projection.on(
                new QueueItemSyncedEvent(one.queueItemId(), one.item().itemId(), priceFeed, T0)));
        apply(() -> projection.on(new QueueItemSyncFailedEvent(
                two.queueItemId(), two.item().itemId(), priceFeed, "held: the new price was not live", T0)));
        apply(() -> projection.on(new TwoPhaseSyncPartialEvent(run, ACCOUNT, UK, 1, 1, 0, List.of(), T0)));

        assertThat(entry(one)).isEmpty();
        QueueEntryView held = entry(two).orElseThrow();
        assertThat(held.runId()).isNull();
        assertThat(held.lastFailure()).isEqualTo("held: the new price was not live");
    }
}
