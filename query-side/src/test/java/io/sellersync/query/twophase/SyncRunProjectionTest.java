// SPDX-License-Identifier: Apache-2.0
package io.sellersync.query.twophase;

import static org.assertj.core.api.Assertions.assertThat;

import io.sellersync.messages.accounts.AccountId;
import io.sellersync.messages.feed.FeedId;
import io.sellersync.messages.feed.FeedMessage;
import io.sellersync.messages.feed.FeedOperation;
import io.sellersync.messages.feed.FeedPayloadRef;
import io.sellersync.messages.inventory.InventoryItemId;
import io.sellersync.messages.inventory.ItemCondition;
import io.sellersync.messages.queue.QueueItemId;
import io.sellersync.messages.shared.MarketplaceId;
import io.sellersync.messages.shared.Money;
import io.sellersync.messages.twophase.FindSyncRunQuery;
import io.sellersync.messages.twophase.ListSyncRunSkusQuery;
import io.sellersync.messages.twophase.ListSyncRunsQuery;
import io.sellersync.messages.twophase.QuantityPhaseDeferredEvent;
import io.sellersync.messages.twophase.QuantityPhaseStartedEvent;
import io.sellersync.messages.twophase.RescueStep;
import io.sellersync.messages.twophase.RunLimits;
import io.sellersync.messages.twophase.RunOutcome;
import io.sellersync.messages.twophase.RunSkuState;
import io.sellersync.messages.twophase.RunStep;
import io.sellersync.messages.twophase.SettledSku;
import io.sellersync.messages.twophase.SkuOffer;
import io.sellersync.messages.twophase.SkuPricesLiveEvent;
import io.sellersync.messages.twophase.SkuRescueRequestedEvent;
import io.sellersync.messages.twophase.SkusSettledEvent;
import io.sellersync.messages.twophase.SyncRunId;
import io.sellersync.messages.twophase.SyncRunSkuStepView;
import io.sellersync.messages.twophase.SyncRunSkuView;
import io.sellersync.messages.twophase.SyncRunView;
import io.sellersync.messages.twophase.TwoPhaseSyncPartialEvent;
import io.sellersync.messages.twophase.TwoPhaseSyncStartedEvent;
import io.sellersync.query.ProjectionDatabase;
import java.time.Instant;
import java.util.List;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest(classes = ProjectionDatabase.class)
@TestPropertySource("classpath:projection-database.properties")
class SyncRunProjectionTest {

    private static final AccountId ACCOUNT = new AccountId("acc-runs");
    private static final MarketplaceId UK = new MarketplaceId("A1F83G8C2ARO7P");
    private static final Instant T0 = Instant.parse("2026-11-20T10:00:00Z");
    private static final Money OLD = Money.of("10.00", "GBP");
    private static final Money NEW = Money.of("12.50", "GBP");

    @Autowired
    SyncRunProjection projection;

    @Autowired
    TransactionTemplate transactions;

    @BeforeEach
    void empty() {
        transactions.executeWithoutResult(s -> projection.reset());
    }

    private static FeedMessage sku(int n, int units) {
        return new FeedMessage(
                n,
                "SKU-" + n,
                FeedOperation.PATCH,
                "BOOK",
                "B000" + n,
                ItemCondition.NEW_NEW,
                NEW,
                units == 0 ? null : 3 + units,
                OLD,
                3,
                units,
                List.of(QueueItemId.of(new InventoryItemId("item-" + n), ACCOUNT, UK)));
    }

    /** Applies an event the way the processor does: with its own message id, once or twice (a redelivery). */
    private EventMessage<?> message(Object event) {
        return new GenericEventMessage<>(event);
    }

    @Test
    void aRunShowsItsStepCountsAndEverySkusTimelineAndARedeliveryChangesNothing() {
        SyncRunId run = SyncRunId.random();
        FeedMessage one = sku(1, 2);
        FeedMessage two = sku(2, 0);
        FeedMessage three = sku(3, 1);
        TwoPhaseSyncStartedEvent started = new TwoPhaseSyncStartedEvent(
                run,
                ACCOUNT,
                UK,
                List.of(one, two, three),
                FeedId.random(),
                new FeedPayloadRef("a", 1),
                RunLimits.DEFAULT,
                T0);
        EventMessage<?> startedMessage = message(started);
        transactions.executeWithoutResult(s -> projection.on(started, startedMessage));
        SyncRunView fresh = projection.handle(new FindSyncRunQuery(run));
        assertThat(fresh.step()).isEqualTo(RunStep.PRICE);
        assertThat(fresh.pricePending()).isEqualTo(3);
        assertThat(fresh.inFlight()).isTrue();

        SkuPricesLiveEvent live = new SkuPricesLiveEvent(
                run, List.of(new SkuOffer("SKU-1", NEW, 3), new SkuOffer("SKU-2", NEW, 3)), T0.plusSeconds(900));
        EventMessage<?> liveMessage = message(live);
        transactions.executeWithoutResult(s -> projection.on(live, liveMessage));
        transactions.executeWithoutResult(s -> projection.on(live, liveMessage)); // redelivered
        SkusSettledEvent settled = new SkusSettledEvent(
                run,
                List.of(
                        new SettledSku("SKU-2", RunSkuState.VERIFIED, null, NEW, 3, false, two.entries()),
                        new SettledSku(
                                "SKU-3",
                                RunSkuState.HELD,
                                "held: the new price was not live",
                                OLD,
                                3,
                                false,
                                three.entries())),
                T0.plusSeconds(2000));
        transactions.executeWithoutResult(s -> projection.on(settled, message(settled)));
        QuantityPhaseStartedEvent quantity = new QuantityPhaseStartedEvent(
                run, ACCOUNT, UK, new FeedId(run.derive("quantity")), List.of(one), 1, T0.plusSeconds(2100));
        transactions.executeWithoutResult(s -> projection.on(quantity, message(quantity)));
        transactions.executeWithoutResult(s ->
                projection.on(new QuantityPhaseDeferredEvent(run, 1, "Amazon answered 503", T0.plusSeconds(2101))));

        SyncRunView during = projection.handle(new FindSyncRunQuery(run));
        assertThat(during.step()).isEqualTo(RunStep.QUANTITY);
        assertThat(during.quantityPending()).isEqualTo(1);
        assertThat(during.verified()).isEqualTo(1);
        assertThat(during.held()).isEqualTo(1);
        assertThat(during.pricesLive()).isEqualTo(2);
        assertThat(during.quantityFeedId()).isEqualTo(new FeedId(run.derive("quantity")));
        assertThat(during.note()).contains("attempt 1").contains("Amazon answered 503");

        SkuRescueRequestedEvent rescue = new SkuRescueRequestedEvent(
                run, ACCOUNT, UK, "SKU-1", "BOOK", RescueStep.ZERO_AND_PRICE, NEW, 0, 5, 1, T0.plusSeconds(2400));
        transactions.executeWithoutResult(s -> projection.on(rescue, message(rescue)));
        assertThat(projection.handle(new FindSyncRunQuery(run)).step()).isEqualTo(RunStep.RESCUE);

        SkusSettledEvent rescued = new SkusSettledEvent(
                run,
                List.of(new SettledSku("SKU-1", RunSkuState.VERIFIED, null, NEW, 5, true, one.entries())),
                T0.plusSeconds(4000));
        transactions.executeWithoutResult(s -> projection.on(rescued, message(rescued)));
        transactions.executeWithoutResult(s -> projection.on(
                new TwoPhaseSyncPartialEvent(run, ACCOUNT, UK, 2, 1, 0, List.of(), T0.plusSeconds(4000))));

        SyncRunView ended = projection.handle(new FindSyncRunQuery(run));
        assertThat(ended.outcome()).isEqualTo(RunOutcome.PARTIAL);
        assertThat(ended.step()).isEqualTo(RunStep.ENDED);
        assertThat(ended.verified()).isEqualTo(2);
        assertThat(ended.rescued()).isEqualTo(1);
        assertThat(ended.reason()).isEqualTo("1 SKU(s) held, 0 failed");
        assertThat(ended.endedAt()).isEqualTo(T0.plusSeconds(4000));

        List<SyncRunSkuView> skus =
                projection.handle(new ListSyncRunSkusQuery(run, null, 0, 50)).skus();
        assertThat(skus).extracting(SyncRunSkuView::sku).containsExactly("SKU-1", "SKU-2", "SKU-3");
        SyncRunSkuView first = skus.get(0);
        assertThat(first.state()).isEqualTo(RunSkuState.VERIFIED);
        assertThat(first.rescued()).isTrue();
        assertThat(first.timeline())
                .extracting(SyncRunSkuStepView::what)
                .containsExactly(
                        "price phase: new price GBP 12.50 (Amazon shows GBP 10.00) sent alone; +2 units wait",
                        "new price GBP 12.50 live (quantity 3)",
                        "quantity phase: live quantity + 2 units sent in feed "
                                + run.derive("quantity").substring(0, 8),
                        "rescue 1: Amazon showed the quantity with a missing or wrong price; quantity set to 0 and price"
                                + " GBP 12.50 patched",
                        "verified live: GBP 12.50 (quantity 5)");
        assertThat(projection
                        .handle(new ListSyncRunSkusQuery(run, RunSkuState.HELD, 0, 50))
                        .skus())
                .singleElement()
                .satisfies(s -> assertThat(s.reason()).isEqualTo("held: the new price was not live"));
        assertThat(projection
                        .handle(new ListSyncRunsQuery(ACCOUNT, UK, true, 0, 10))
                        .total())
                .isZero();
        assertThat(projection
                        .handle(new ListSyncRunsQuery(ACCOUNT, null, false, 0, 10))
                        .runs())
                .extracting(SyncRunView::runId)
                .containsExactly(run);
    }
}
