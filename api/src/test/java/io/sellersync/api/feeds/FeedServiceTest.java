// SPDX-License-Identifier: Apache-2.0
package io.sellersync.api.feeds;

import static io.sellersync.api.feeds.FeedFixtures.ACCOUNT;
import static io.sellersync.api.feeds.FeedFixtures.NOW;
import static io.sellersync.api.feeds.FeedFixtures.UK;
import static io.sellersync.api.feeds.FeedFixtures.account;
import static io.sellersync.api.feeds.FeedFixtures.entry;
import static io.sellersync.api.feeds.FeedFixtures.feed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.sellersync.api.config.TwoPhaseProperties;
import io.sellersync.api.queue.QueueService;
import io.sellersync.messages.accounts.GuardRails;
import io.sellersync.messages.feed.BuildFeedCommand;
import io.sellersync.messages.feed.FeedId;
import io.sellersync.messages.feed.FeedKind;
import io.sellersync.messages.feed.FeedOperation;
import io.sellersync.messages.feed.FeedPayloadRef;
import io.sellersync.messages.feed.FeedStatus;
import io.sellersync.messages.feed.FeedsInFlightView;
import io.sellersync.messages.feed.FindFeedsInFlightQuery;
import io.sellersync.messages.feed.LiveOffers;
import io.sellersync.messages.feed.ObservedOffer;
import io.sellersync.messages.feed.ReadLiveOffersQuery;
import io.sellersync.messages.feed.StoreFeedPayloadCommand;
import io.sellersync.messages.queue.QueueEntryView;
import io.sellersync.messages.shared.BusinessException;
import io.sellersync.messages.shared.ErrorCode;
import io.sellersync.messages.shared.Money;
import io.sellersync.messages.twophase.ListSyncRunsQuery;
import io.sellersync.messages.twophase.RunStep;
import io.sellersync.messages.twophase.StartTwoPhaseSyncCommand;
import io.sellersync.messages.twophase.SyncRunId;
import io.sellersync.messages.twophase.SyncRunPage;
import io.sellersync.messages.twophase.SyncRunView;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.InOrder;

/** FeedService's decisions against stand-in gateways (the message contracts only; no other module runs). */
class FeedServiceTest {

    private static final TwoPhaseProperties TWO_PHASE =
            new TwoPhaseProperties(Duration.ofHours(2), Duration.ofMinutes(30), Duration.ofHours(2), 2);

    private final CommandGateway commands = mock(CommandGateway.class);
    private final QueryGateway queries = mock(QueryGateway.class);
    private final QueueService queue = mock(QueueService.class);
    private final FeedService service =
            new FeedService(commands, queries, queue, Clock.fixed(NOW, ZoneOffset.UTC), TWO_PHASE);
    private final FeedPayloadRef payload = new FeedPayloadRef("ab12", 321);

    @BeforeEach
    void target() {
        when(queue.target(ACCOUNT, UK)).thenReturn(new QueueService.Target(account(GuardRails.DEFAULT), UK));
        inFlight(new FeedsInFlightView(List.of(), Set.of()));
        runsInFlight();
        when(commands.sendAndWait(any(StoreFeedPayloadCommand.class))).thenReturn(payload);
    }

    @SuppressWarnings("unchecked")
    private void runsInFlight(SyncRunView... runs) {
        when(queries.query(any(ListSyncRunsQuery.class), any(ResponseType.class)))
                .thenReturn(CompletableFuture.completedFuture(new SyncRunPage(List.of(runs), runs.length)));
    }

    @Test
    void aTwoPhaseRunStoresThePricePhaseDocumentThenStartsTheRunWithTheWholePlan() {
        queued(entry("SKU-1", "14.00", 2, "12.00", 3));
        live(Map.of("SKU-1", new ObservedOffer("SKU-1", true, Money.of("12.00", "GBP"), 5)));
        SyncRunId run = SyncRunId.random();

        RunStarted started = service.startTwoPhase(ACCOUNT, UK, true, null, run);

        InOrder order = inOrder(commands);
        ArgumentCaptor<StoreFeedPayloadCommand> store = ArgumentCaptor.forClass(StoreFeedPayloadCommand.class);
        order.verify(commands).sendAndWait(store.capture());
        ArgumentCaptor<StartTwoPhaseSyncCommand> start = ArgumentCaptor.forClass(StartTwoPhaseSyncCommand.class);
        order.verify(commands).sendAndWait(start.capture());
        assertThat(store.getValue().messages()).singleElement().satisfies(m -> {
            assertThat(m.price()).isEqualTo(Money.of("14.00", "GBP"));
            assertThat(m.quantity()).as("the price phase sends no quantity").isNull();
        });
        StartTwoPhaseSyncCommand command = start.getValue();
        assertThat(command.runId()).isEqualTo(run);
        assertThat(command.pricePayload()).isEqualTo(payload);
        assertThat(command.limits()).isEqualTo(TWO_PHASE.limits());
        assertThat(command.messages()).singleElement().satisfies(m -> {
            assertThat(m.unitsAdded()).isEqualTo(2);
            assertThat(m.quantity()).isEqualTo(7);
        });
        assertThat(started.priceFeedId()).isEqualTo(new FeedId(run.derive("price")));
        assertThat(started.skus()).isEqualTo(1);
        verify(commands, never()).sendAndWait(any(BuildFeedCommand.class));
    }

    @Test
    void aSubmissionWhileATwoPhaseRunHoldsTheTargetIsRefusedBeforeAnythingIsStored() {
        queued(entry("SKU-1", "12.00", 1, "12.00", 3));
        live(Map.of());
        SyncRunView running = new SyncRunView(
                new SyncRunId("run98765-0000"),
                ACCOUNT,
                UK,
                RunStep.QUANTITY,
                null,
                1,
                0,
                0,
                1,
                0,
                0,
                0,
                0,
                0,
                FeedId.random(),
                null,
                null,
                null,
                NOW,
                null,
                NOW);
        runsInFlight(running);

        BusinessException refused =
                catchThrowableOfType(BusinessException.class, () -> service.submit(ACCOUNT, UK, true));
        BusinessException refusedRun = catchThrowableOfType(
                BusinessException.class, () -> service.startTwoPhase(ACCOUNT, UK, true, null, SyncRunId.random()));

        assertThat(refused.error().field()).isEqualTo("marketplaceId");
        assertThat(refused.getMessage())
                .contains("two-phase run")
                .contains("run98765")
                .contains("quantity phase");
        assertThat(refusedRun.getMessage()).contains("run98765");
        verify(commands, never()).sendAndWait(any());
    }

    @SuppressWarnings("unchecked")
    private void inFlight(FeedsInFlightView view) {
        when(queries.query(any(FindFeedsInFlightQuery.class), any(ResponseType.class)))
                .thenReturn(CompletableFuture.completedFuture(view));
    }

    @SuppressWarnings("unchecked")
    private void live(Map<String, ObservedOffer> offers) {
        when(queries.query(any(ReadLiveOffersQuery.class), any(ResponseType.class)))
                .thenReturn(CompletableFuture.completedFuture(new LiveOffers(offers)));
    }

    private void queued(QueueEntryView... entries) {
        when(queue.list(ACCOUNT, UK)).thenReturn(List.of(entries));
    }

    @Test
    void aSubmissionStoresThePayloadThenBuildsTheFeedWithLivePlusAddedUnits() {
        queued(entry("SKU-1", "12.00", 2, "12.00", 3));
        live(Map.of("SKU-1", new ObservedOffer("SKU-1", true, Money.of("12.00", "GBP"), 5)));
        FeedId id = FeedId.random();

        FeedStarted started = service.submit(ACCOUNT, UK, true, null, id);

        InOrder order = inOrder(commands);
        ArgumentCaptor<StoreFeedPayloadCommand> store = ArgumentCaptor.forClass(StoreFeedPayloadCommand.class);
        order.verify(commands).sendAndWait(store.capture());
        ArgumentCaptor<BuildFeedCommand> build = ArgumentCaptor.forClass(BuildFeedCommand.class);
        order.verify(commands).sendAndWait(build.capture());
        assertThat(store.getValue().messages()).hasSize(1);
        BuildFeedCommand command = build.getValue();
        assertThat(command.feedId()).isEqualTo(id);
        assertThat(command.kind()).isEqualTo(FeedKind.SUBMISSION);
        assertThat(command.payload()).isEqualTo(payload);
        assertThat(command.requestedAt()).isEqualTo(NOW);
        assertThat(command.messages()).singleElement().satisfies(m -> {
            assertThat(m.operation()).isEqualTo(FeedOperation.PATCH);
            assertThat(m.liveQuantity()).isEqualTo(5);
            assertThat(m.unitsAdded()).isEqualTo(2);
            assertThat(m.quantity()).isEqualTo(7);
        });
        assertThat(started.feedId()).isEqualTo(id);
        assertThat(started.messages()).isEqualTo(1);
    }

    @Test
    void aDryRunBuildsADryRunFeed() {
        queued(entry("SKU-1", "12.00", 1, null, null));
        live(Map.of());

        service.dryRun(ACCOUNT, UK, FeedId.random());

        ArgumentCaptor<BuildFeedCommand> build = ArgumentCaptor.forClass(BuildFeedCommand.class);
        verify(commands).sendAndWait(build.capture());
        assertThat(build.getValue().kind()).isEqualTo(FeedKind.DRY_RUN);
        assertThat(build.getValue().messages().get(0).operation()).isEqualTo(FeedOperation.UPDATE);
    }

    @Test
    void aSubmissionWithUnconfirmedWarningsBuildsNothing() {
        queued(entry("SKU-1", "20.00", 1, "10.00", 3));
        live(Map.of("SKU-1", new ObservedOffer("SKU-1", true, Money.of("10.00", "GBP"), 3)));

        BusinessException refused =
                catchThrowableOfType(BusinessException.class, () -> service.submit(ACCOUNT, UK, false));

        assertThat(refused.error().code()).isEqualTo(ErrorCode.CONFLICT);
        assertThat(refused.error().field()).isEqualTo("confirm");
        assertThat(refused.error().message()).contains("SKU-1");
        verify(commands, never()).sendAndWait(any());
    }

    @Test
    void anEmptyPlanIsRefusedNamingTheTarget() {
        queued();

        BusinessException refused = catchThrowableOfType(BusinessException.class, () -> service.dryRun(ACCOUNT, UK));

        assertThat(refused.error().code()).isEqualTo(ErrorCode.INVALID_INPUT);
        assertThat(refused.error().message()).contains("Acme — UK");
        verify(commands, never()).sendAndWait(any());
    }

    @Test
    @SuppressWarnings("unchecked")
    void aFailedLiveReadIsRefusedWithItsCauseAndBuildsNothing() {
        queued(entry("SKU-1", "12.00", 1, "12.00", 3));
        when(queries.query(any(ReadLiveOffersQuery.class), any(ResponseType.class)))
                .thenReturn(CompletableFuture.failedFuture(new IllegalStateException("Amazon answered 503")));

        BusinessException refused =
                catchThrowableOfType(BusinessException.class, () -> service.submit(ACCOUNT, UK, true));

        assertThat(refused.error().message()).contains("Acme — UK").contains("Amazon answered 503");
        verify(commands, never()).sendAndWait(any());
    }

    @Test
    void aSubmissionWhileAnotherIsAppliedIsRefusedBeforeAnythingIsRead() {
        queued(entry("SKU-1", "12.00", 1, "12.00", 3));
        inFlight(new FeedsInFlightView(List.of(feed(FeedKind.SUBMISSION, FeedStatus.IN_PROGRESS)), Set.of("SKU-9")));

        BusinessException refused =
                catchThrowableOfType(BusinessException.class, () -> service.submit(ACCOUNT, UK, true));

        assertThat(refused.error().code()).isEqualTo(ErrorCode.CONFLICT);
        verify(queries, never()).query(any(ReadLiveOffersQuery.class), any(ResponseType.class));
        verify(commands, never()).sendAndWait(any());
    }

    @Test
    void skusOfAFeedInReadBackWaitForTheNextFeed() {
        queued(entry("SKU-1", "12.00", 1, "12.00", 3), entry("SKU-2", "9.00", 1, "9.00", 1));
        inFlight(new FeedsInFlightView(List.of(feed(FeedKind.SUBMISSION, FeedStatus.VERIFYING)), Set.of("SKU-1")));
        live(Map.of("SKU-2", new ObservedOffer("SKU-2", true, Money.of("9.00", "GBP"), 1)));

        FeedStarted started = service.submit(ACCOUNT, UK, true);

        assertThat(started.messages()).isEqualTo(1);
        assertThat(started.skipped())
                .singleElement()
                .satisfies(s -> assertThat(s.sku()).isEqualTo("SKU-1"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theBuildTimeIsTakenBeforeTheQueueIsReadSoEntriesQueuedAgainLaterAreNotTheFeeds() {
        AtomicReference<Instant> now = new AtomicReference<>(NOW);
        Clock ticking = new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now.get();
            }
        };
        FeedService slow = new FeedService(commands, queries, queue, ticking, TWO_PHASE);
        // the queue read and the live read take a minute each
        when(queue.list(ACCOUNT, UK)).thenAnswer(call -> {
            now.set(now.get().plus(Duration.ofMinutes(1)));
            return List.of(entry("SKU-1", "12.00", 1, "12.00", 3));
        });
        when(queries.query(any(ReadLiveOffersQuery.class), any(ResponseType.class)))
                .thenAnswer(call -> {
                    now.set(now.get().plus(Duration.ofMinutes(1)));
                    return CompletableFuture.completedFuture(new LiveOffers(
                            Map.of("SKU-1", new ObservedOffer("SKU-1", true, Money.of("12.00", "GBP"), 3))));
                });

        slow.submit(ACCOUNT, UK, true);

        ArgumentCaptor<BuildFeedCommand> build = ArgumentCaptor.forClass(BuildFeedCommand.class);
        verify(commands).sendAndWait(build.capture());
        assertThat(build.getValue().requestedAt()).isEqualTo(NOW);
        assertThat(now.get()).isEqualTo(NOW.plus(Duration.ofMinutes(2)));
    }

    @Test
    void aFailedPayloadStoreIsRefusedWithItsCauseAndBuildsNothing() {
        queued(entry("SKU-1", "12.00", 1, "12.00", 3));
        live(Map.of("SKU-1", new ObservedOffer("SKU-1", true, Money.of("12.00", "GBP"), 3)));
        when(commands.sendAndWait(any(StoreFeedPayloadCommand.class)))
                .thenThrow(new IllegalStateException("document store unavailable"));

        BusinessException refused =
                catchThrowableOfType(BusinessException.class, () -> service.submit(ACCOUNT, UK, true));

        assertThat(refused.error().message())
                .contains("Acme — UK")
                .contains("could not be stored")
                .contains("document store unavailable")
                .contains("nothing was built");
        verify(commands, never()).sendAndWait(any(BuildFeedCommand.class));
    }

    @Test
    void aPayloadStoreRefusalTravelsAsIs() {
        queued(entry("SKU-1", "12.00", 1, "12.00", 3));
        live(Map.of("SKU-1", new ObservedOffer("SKU-1", true, Money.of("12.00", "GBP"), 3)));
        when(commands.sendAndWait(any(StoreFeedPayloadCommand.class)))
                .thenThrow(BusinessException.invalid("messages", "SKU-1: the price is not above 0"));

        BusinessException refused = catchThrowableOfType(BusinessException.class, () -> service.dryRun(ACCOUNT, UK));

        assertThat(refused.error().code()).isEqualTo(ErrorCode.INVALID_INPUT);
        assertThat(refused.error().message()).isEqualTo("SKU-1: the price is not above 0");
        verify(commands, never()).sendAndWait(any(BuildFeedCommand.class));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aLiveReadWithoutAnAnswerIsRefusedRatherThanPlannedAsNothingLive() {
        queued(entry("SKU-1", "12.00", 1, "12.00", 3));
        when(queries.query(any(ReadLiveOffersQuery.class), any(ResponseType.class)))
                .thenReturn(CompletableFuture.completedFuture(null));

        BusinessException refused =
                catchThrowableOfType(BusinessException.class, () -> service.submit(ACCOUNT, UK, true));

        assertThat(refused.error().message()).contains("could not be read").contains("nothing was built");
        verify(commands, never()).sendAndWait(any());
    }
}
