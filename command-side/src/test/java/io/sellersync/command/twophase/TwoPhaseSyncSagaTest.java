// SPDX-License-Identifier: Apache-2.0
package io.sellersync.command.twophase;

import static io.sellersync.command.twophase.RunFixtures.*;

import io.sellersync.command.feed.FeedDue;
import io.sellersync.command.feed.FeedTimings;
import io.sellersync.messages.feed.BuildFeedCommand;
import io.sellersync.messages.feed.FeedCompletedEvent;
import io.sellersync.messages.feed.FeedFailedEvent;
import io.sellersync.messages.feed.FeedFailure;
import io.sellersync.messages.feed.FeedItemsVerifiedEvent;
import io.sellersync.messages.feed.FeedKind;
import io.sellersync.messages.feed.FeedProcessedEvent;
import io.sellersync.messages.feed.FeedSummary;
import io.sellersync.messages.feed.MessageOutcome;
import io.sellersync.messages.feed.MessageResult;
import io.sellersync.messages.feed.ReadBackLimits;
import io.sellersync.messages.feed.VerificationState;
import io.sellersync.messages.inventory.ChangeInventoryItemStatusCommand;
import io.sellersync.messages.inventory.InventoryStatus;
import io.sellersync.messages.queue.RecordQueueItemSyncFailedCommand;
import io.sellersync.messages.queue.RecordQueueItemSyncedCommand;
import io.sellersync.messages.shared.BusinessException;
import io.sellersync.messages.shared.ErrorCode;
import io.sellersync.messages.twophase.EndPhaseCommand;
import io.sellersync.messages.twophase.FailPhaseCommand;
import io.sellersync.messages.twophase.QuantityPhaseDeferredEvent;
import io.sellersync.messages.twophase.QuantityPhaseStartedEvent;
import io.sellersync.messages.twophase.RecordPhaseResultsCommand;
import io.sellersync.messages.twophase.RequestRescueReadBackCommand;
import io.sellersync.messages.twophase.RescueReadBackRequestedEvent;
import io.sellersync.messages.twophase.RescueStep;
import io.sellersync.messages.twophase.RetryQuantityPhaseCommand;
import io.sellersync.messages.twophase.RunSkuState;
import io.sellersync.messages.twophase.RunStep;
import io.sellersync.messages.twophase.SettledSku;
import io.sellersync.messages.twophase.SkuOffer;
import io.sellersync.messages.twophase.SkuRescueStepRecordedEvent;
import io.sellersync.messages.twophase.SkusSettledEvent;
import io.sellersync.messages.twophase.TwoPhasePlan;
import io.sellersync.messages.twophase.TwoPhaseSyncCompletedEvent;
import io.sellersync.messages.twophase.TwoPhaseSyncFailedEvent;
import io.sellersync.messages.twophase.TwoPhaseSyncPartialEvent;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.test.saga.SagaTestFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TwoPhaseSyncSagaTest {

    private static final ReadBackLimits PRICE_READ_BACK =
            new ReadBackLimits(LIMITS.priceTimeout(), LIMITS.priceTimeout(), LIMITS.settleAfterFirst());
    private static final BuildFeedCommand BUILD_PRICE_FEED = new BuildFeedCommand(
            PRICE_FEED,
            ACCOUNT,
            UK,
            FeedKind.SUBMISSION,
            TwoPhasePlan.priceMessages(List.of(RESTOCK, REPRICE)),
            PAYLOAD,
            T0,
            RUN,
            PRICE_READ_BACK);

    private SagaTestFixture<TwoPhaseSyncSaga> fixture;

    @BeforeEach
    void setUp() {
        fixture = new SagaTestFixture<>(TwoPhaseSyncSaga.class);
        fixture.registerResource(FeedTimings.DEFAULTS);
        GenericEventMessage.clock = Clock.fixed(Instant.EPOCH, ZoneOffset.UTC);
    }

    @AfterEach
    void tearDown() {
        GenericEventMessage.clock = Clock.systemUTC();
    }

    @Test
    void aStartedRunBuildsItsPriceFeedWithTheRunsLimits() throws Exception {
        fixture.givenCurrentTime(T0)
                .whenPublishingA(started(RESTOCK, REPRICE))
                .expectActiveSagas(1)
                .expectAssociationWith("runId", RUN)
                .expectAssociationWith("feedId", PRICE_FEED)
                .expectDispatchedCommands(BUILD_PRICE_FEED)
                .expectNoScheduledDeadlines();
    }

    @Test
    void thePriceFeedSendsPricesOnlyAndCreatesANewOfferAtQuantityZero() {
        List<io.sellersync.messages.feed.FeedMessage> price = TwoPhasePlan.priceMessages(List.of(RESTOCK, NEW_OFFER));
        org.assertj.core.api.Assertions.assertThat(price.get(0).quantity()).isNull();
        org.assertj.core.api.Assertions.assertThat(price.get(0).price()).isEqualTo(NEW);
        org.assertj.core.api.Assertions.assertThat(price.get(1).quantity()).isZero();
        org.assertj.core.api.Assertions.assertThat(price.get(1).newSku()).isTrue();
        org.assertj.core.api.Assertions.assertThat(price).allMatch(m -> m.unitsAdded() == 0);
    }

    @Test
    void aPriceFeedTheFeedRulesRefuseFailsThePricePhase() throws Exception {
        fixture.setCallbackBehavior((command, metaData) -> {
            if (command instanceof BuildFeedCommand) {
                throw new BusinessException(ErrorCode.INVALID_INPUT, "messages", "SKU SKU-1 is in the feed twice");
            }
            return null;
        });
        fixture.givenCurrentTime(T0)
                .whenPublishingA(started(RESTOCK, REPRICE))
                .expectDispatchedCommands(
                        BUILD_PRICE_FEED,
                        new FailPhaseCommand(
                                RUN,
                                PRICE_FEED,
                                FeedFailure.NOT_SUBMITTED,
                                "the price feed could not be built: SKU SKU-1 is in the feed twice",
                                T0));
    }

    @Test
    void refusedMessagesOfAPhaseFeedGoToTheRun() throws Exception {
        MessageResult refused = refused(RESTOCK, "Price is not valid");
        MessageResult accepted = new MessageResult(2, "SKU-2", MessageOutcome.ACCEPTED, List.of(), REPRICE.entries());
        running()
                .whenPublishingA(new FeedProcessedEvent(
                        PRICE_FEED, "r", new FeedSummary(2, 1, 0, 1, 0), List.of(refused, accepted), List.of(), at(8)))
                .expectDispatchedCommands(
                        new RecordPhaseResultsCommand(RUN, PRICE_FEED, List.of(), List.of(refused), at(8)));
    }

    @Test
    void aProcessedFeedWithoutRefusalsSendsNothing() throws Exception {
        MessageResult accepted = new MessageResult(2, "SKU-2", MessageOutcome.ACCEPTED, List.of(), REPRICE.entries());
        running()
                .whenPublishingA(new FeedProcessedEvent(
                        PRICE_FEED, "r", new FeedSummary(1, 1, 0, 0, 0), List.of(accepted), List.of(), at(8)))
                .expectNoDispatchedCommands();
    }

    @Test
    void readBackResultsOfAPhaseFeedGoToTheRun() throws Exception {
        var verified = item(RESTOCK, VerificationState.VERIFIED, NEW, 3);
        running()
                .whenPublishingA(new FeedItemsVerifiedEvent(PRICE_FEED, List.of(verified), at(20)))
                .expectDispatchedCommands(
                        new RecordPhaseResultsCommand(RUN, PRICE_FEED, List.of(verified), List.of(), at(20)));
    }

    @Test
    void aCompletedPhaseFeedEndsThePhase() throws Exception {
        running()
                .whenPublishingA(new FeedCompletedEvent(PRICE_FEED, 2, 0, 0, 2, 0, 0, at(30)))
                .expectDispatchedCommands(new EndPhaseCommand(RUN, PRICE_FEED, at(30)));
    }

    @Test
    void aFailedPhaseFeedFailsThePhaseWithAmazonsReason() throws Exception {
        running()
                .whenPublishingA(new FeedFailedEvent(
                        PRICE_FEED, FeedFailure.FATAL, "Amazon stopped the feed (FATAL)", null, List.of(Q1, Q2), at(9)))
                .expectDispatchedCommands(new FailPhaseCommand(
                        RUN, PRICE_FEED, FeedFailure.FATAL, "Amazon stopped the feed (FATAL)", at(9)));
    }

    @Test
    void theQuantityFeedIsFollowedOnceTheQuantityPhaseStarts() throws Exception {
        var verified = item(RESTOCK, VerificationState.VERIFIED, NEW, 5);
        quantityPhase()
                .whenPublishingA(new FeedItemsVerifiedEvent(QUANTITY_FEED, List.of(verified), at(40)))
                .expectAssociationWith("feedId", QUANTITY_FEED)
                .expectDispatchedCommands(
                        new RecordPhaseResultsCommand(RUN, QUANTITY_FEED, List.of(verified), List.of(), at(40)));
    }

    @Test
    void aDeferredQuantityFeedIsRetriedAfterAMinutePerAttempt() throws Exception {
        quantityPhase()
                .whenPublishingA(new QuantityPhaseDeferredEvent(RUN, 2, "Amazon answered 503", at(26)))
                .expectScheduledDeadlineWithName(at(28), TwoPhaseSyncSaga.RETRY_DEADLINE)
                .expectNoDispatchedCommands();
    }

    @Test
    void theRetryDeadlineBuildsTheNextAttempt() throws Exception {
        quantityPhase()
                .andThenAPublished(new QuantityPhaseDeferredEvent(RUN, 1, "Amazon answered 503", at(26)))
                .whenTimeElapses(Duration.ofMinutes(2))
                .expectDispatchedCommands(new RetryQuantityPhaseCommand(RUN, 2, at(27)))
                .expectNoScheduledDeadlines();
    }

    @Test
    void anAcceptedRescuePatchIsReadBackSoon() throws Exception {
        quantityPhase()
                .andThenTimeAdvancesTo(at(41))
                .whenPublishingA(
                        new SkuRescueStepRecordedEvent(RUN, "SKU-1", RescueStep.ZERO_AND_PRICE, 1, true, null, at(41)))
                .expectScheduledDeadline(at(42), new FeedDue(at(42), 0))
                .expectScheduledDeadlineWithName(at(42), TwoPhaseSyncSaga.RESCUE_DEADLINE);
    }

    @Test
    void aRefusedRescuePatchSchedulesNoReadBack() throws Exception {
        quantityPhase()
                .whenPublishingA(new SkuRescueStepRecordedEvent(
                        RUN, "SKU-1", RescueStep.ZERO_AND_PRICE, 1, false, "Amazon answered 400", at(41)))
                .expectNoScheduledDeadlines();
    }

    @Test
    void theRescueDeadlineAsksForARoundAndKeepsAFallback() throws Exception {
        quantityPhase()
                .andThenTimeAdvancesTo(at(41))
                .andThenAPublished(
                        new SkuRescueStepRecordedEvent(RUN, "SKU-1", RescueStep.ZERO_AND_PRICE, 1, true, null, at(41)))
                .whenTimeAdvancesTo(at(42))
                .expectDispatchedCommands(new RequestRescueReadBackCommand(RUN, at(42)))
                .expectScheduledDeadlineWithName(at(52), TwoPhaseSyncSaga.RESCUE_DEADLINE);
    }

    @Test
    void eachRescueRoundSchedulesTheNextAfterAGrowingWait() throws Exception {
        quantityPhase()
                .andThenTimeAdvancesTo(at(42))
                .whenPublishingA(new RescueReadBackRequestedEvent(
                        RUN, ACCOUNT, UK, 2, List.of(new SkuOffer("SKU-1", NEW, 0)), at(42)))
                .expectScheduledDeadline(at(46), new FeedDue(at(46), 2));
    }

    @Test
    void settledSkusReachTheQueueLiveOnesAsSyncedAndListed() throws Exception {
        SettledSku live = new SettledSku("SKU-1", RunSkuState.VERIFIED, null, NEW, 5, false, List.of(Q1));
        SettledSku held = new SettledSku(
                "SKU-2", RunSkuState.HELD, "held: the new price was not live", OLD, 4, false, List.of(Q2));
        quantityPhase()
                .whenPublishingA(new SkusSettledEvent(RUN, List.of(live, held), at(40)))
                .expectDispatchedCommands(
                        new RecordQueueItemSyncedCommand(Q1, QUANTITY_FEED, T0, at(40)),
                        new ChangeInventoryItemStatusCommand(
                                Q1.itemId(), InventoryStatus.LISTED, "listed by two-phase run run12345"),
                        new RecordQueueItemSyncFailedCommand(
                                Q2,
                                QUANTITY_FEED,
                                T0,
                                "Not synced by two-phase run run12345: held: the new price was not live",
                                at(40)));
    }

    @Test
    void theSagaEndsWithTheRunWhicheverWayItEnds() throws Exception {
        quantityPhase()
                .andThenAPublished(new QuantityPhaseDeferredEvent(RUN, 1, "x", at(26)))
                .whenPublishingA(new TwoPhaseSyncCompletedEvent(RUN, ACCOUNT, UK, 2, 0, at(50)))
                .expectActiveSagas(0)
                .expectNoScheduledDeadlines();
        running()
                .whenPublishingA(new TwoPhaseSyncPartialEvent(RUN, ACCOUNT, UK, 1, 1, 0, List.of(), at(50)))
                .expectActiveSagas(0);
        running()
                .whenPublishingA(new TwoPhaseSyncFailedEvent(
                        RUN, ACCOUNT, UK, RunStep.PRICE, "the price feed failed", 0, 0, 2, List.of(), at(50)))
                .expectActiveSagas(0);
    }

    private org.axonframework.test.saga.ContinuedGivenState running() throws Exception {
        return fixture.givenCurrentTime(T0).andThenAPublished(started(RESTOCK, REPRICE));
    }

    private org.axonframework.test.saga.ContinuedGivenState quantityPhase() throws Exception {
        return running()
                .andThenTimeAdvancesTo(at(25))
                .andThenAPublished(
                        new QuantityPhaseStartedEvent(RUN, ACCOUNT, UK, QUANTITY_FEED, List.of(RESTOCK), 1, at(25)));
    }
}
