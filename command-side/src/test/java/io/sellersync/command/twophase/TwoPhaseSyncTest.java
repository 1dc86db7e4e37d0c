// SPDX-License-Identifier: Apache-2.0
package io.sellersync.command.twophase;

import static io.sellersync.command.twophase.RunFixtures.*;
import static org.axonframework.test.matchers.Matchers.andNoMore;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.predicate;

import io.sellersync.messages.feed.FeedFailure;
import io.sellersync.messages.feed.FeedId;
import io.sellersync.messages.feed.ObservedOffer;
import io.sellersync.messages.feed.VerificationState;
import io.sellersync.messages.shared.BusinessException;
import io.sellersync.messages.twophase.EndPhaseCommand;
import io.sellersync.messages.twophase.FailPhaseCommand;
import io.sellersync.messages.twophase.QuantityPhaseDeferredEvent;
import io.sellersync.messages.twophase.QuantityPhaseStartedEvent;
import io.sellersync.messages.twophase.RecordPhaseResultsCommand;
import io.sellersync.messages.twophase.RecordQuantityPhaseDeferredCommand;
import io.sellersync.messages.twophase.RecordRescueReadBackCommand;
import io.sellersync.messages.twophase.RecordSkuRescueStepCommand;
import io.sellersync.messages.twophase.RequestRescueReadBackCommand;
import io.sellersync.messages.twophase.RescueReadBackRequestedEvent;
import io.sellersync.messages.twophase.RescueStep;
import io.sellersync.messages.twophase.RetryQuantityPhaseCommand;
import io.sellersync.messages.twophase.RunSkuState;
import io.sellersync.messages.twophase.RunStep;
import io.sellersync.messages.twophase.SettledSku;
import io.sellersync.messages.twophase.SkuOffer;
import io.sellersync.messages.twophase.SkuPricesLiveEvent;
import io.sellersync.messages.twophase.SkuReason;
import io.sellersync.messages.twophase.SkuRescueRequestedEvent;
import io.sellersync.messages.twophase.SkuRescueStepRecordedEvent;
import io.sellersync.messages.twophase.SkusSettledEvent;
import io.sellersync.messages.twophase.StartTwoPhaseSyncCommand;
import io.sellersync.messages.twophase.TwoPhaseSyncCompletedEvent;
import io.sellersync.messages.twophase.TwoPhaseSyncFailedEvent;
import io.sellersync.messages.twophase.TwoPhaseSyncPartialEvent;
import java.util.List;
import java.util.function.Predicate;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.hamcrest.Matcher;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TwoPhaseSyncTest {

    private AggregateTestFixture<TwoPhaseSync> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(TwoPhaseSync.class);
    }

    // --- start

    @Test
    void startsOwningTheSkusItWasGiven() {
        fixture.givenNoPriorActivity()
                .when(start(RESTOCK, REPRICE, NEW_OFFER))
                .expectEvents(started(RESTOCK, REPRICE, NEW_OFFER));
    }

    @Test
    void aRepeatedStartChangesNothing() {
        fixture.given(started(RESTOCK))
                .when(start(RESTOCK))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void refusesARunWithoutSkusNamingTheField() {
        fixture.givenNoPriorActivity()
                .when(start())
                .expectNoEvents()
                .expectException(BusinessException.class)
                .expectExceptionMessage(Matchers.containsString("no messages"));
    }

    @Test
    void refusesAQuantityOnlyMessageBecauseAPriceMustGoFirst() {
        var quantityOnly = new io.sellersync.messages.feed.FeedMessage(
                1,
                "SKU-1",
                io.sellersync.messages.feed.FeedOperation.PATCH,
                "BOOK",
                "B0001",
                io.sellersync.messages.inventory.ItemCondition.NEW_NEW,
                null,
                5,
                OLD,
                3,
                2,
                List.of(Q1));
        fixture.givenNoPriorActivity()
                .when(start(quantityOnly))
                .expectNoEvents()
                .expectException(BusinessException.class)
                .expectExceptionMessage(Matchers.containsString("has no price"));
    }

    @Test
    void refusesARunWithoutLimits() {
        fixture.givenNoPriorActivity()
                .when(new StartTwoPhaseSyncCommand(RUN, ACCOUNT, UK, List.of(RESTOCK), PRICE_FEED, PAYLOAD, null, T0))
                .expectNoEvents()
                .expectException(BusinessException.class);
    }

    // --- price phase

    @Test
    void aLivePriceOfARestockWaitsForTheQuantityPhase() {
        fixture.given(started(RESTOCK, REPRICE))
                .when(new RecordPhaseResultsCommand(
                        RUN, PRICE_FEED, List.of(item(RESTOCK, VerificationState.VERIFIED, NEW, 3)), List.of(), at(20)))
                .expectEvents(new SkuPricesLiveEvent(RUN, List.of(new SkuOffer("SKU-1", NEW, 3)), at(20)));
    }

    @Test
    void aLivePriceEndsARepriceAsVerified() {
        fixture.given(started(RESTOCK, REPRICE))
                .when(new RecordPhaseResultsCommand(
                        RUN, PRICE_FEED, List.of(item(REPRICE, VerificationState.VERIFIED, NEW, 4)), List.of(), at(20)))
                .expectEvents(
                        new SkuPricesLiveEvent(RUN, List.of(new SkuOffer("SKU-2", NEW, 4)), at(20)),
                        new SkusSettledEvent(
                                RUN,
                                List.of(new SettledSku(
                                        "SKU-2", RunSkuState.VERIFIED, null, NEW, 4, false, List.of(Q2))),
                                at(20)));
    }

    @Test
    void aRunOfOneRepriceCompletesOnceItsPriceIsLive() {
        fixture.given(started(REPRICE))
                .when(new RecordPhaseResultsCommand(
                        RUN, PRICE_FEED, List.of(item(REPRICE, VerificationState.VERIFIED, NEW, 4)), List.of(), at(20)))
                .expectEvents(
                        new SkuPricesLiveEvent(RUN, List.of(new SkuOffer("SKU-2", NEW, 4)), at(20)),
                        new SkusSettledEvent(
                                RUN,
                                List.of(new SettledSku(
                                        "SKU-2", RunSkuState.VERIFIED, null, NEW, 4, false, List.of(Q2))),
                                at(20)),
                        new TwoPhaseSyncCompletedEvent(RUN, ACCOUNT, UK, 1, 0, at(20)));
    }

    @Test
    void aPriceNotLiveInTimeHoldsTheSkuSoItsQuantityIsNeverSent() {
        fixture.given(started(RESTOCK, REPRICE))
                .when(new RecordPhaseResultsCommand(
                        RUN,
                        PRICE_FEED,
                        List.of(item(RESTOCK, VerificationState.MISMATCH, OLD, 3)),
                        List.of(),
                        at(120)))
                .expectEvents(new SkusSettledEvent(
                        RUN,
                        List.of(new SettledSku(
                                "SKU-1",
                                RunSkuState.HELD,
                                "held: the new price GBP 12.50 was not live in time; Amazon still shows GBP 10.00; its"
                                        + " quantity was not sent",
                                OLD,
                                3,
                                false,
                                List.of(Q1))),
                        at(120)));
    }

    @Test
    void aPriceAmazonRefusedFailsTheSkuWithAmazonsReason() {
        fixture.given(started(RESTOCK, REPRICE))
                .when(new RecordPhaseResultsCommand(
                        RUN, PRICE_FEED, List.of(), List.of(refused(RESTOCK, "Price is not valid")), at(10)))
                .expectEvents(new SkusSettledEvent(
                        RUN,
                        List.of(new SettledSku(
                                "SKU-1",
                                RunSkuState.FAILED,
                                "Amazon refused the new price: Price is not valid",
                                null,
                                null,
                                false,
                                List.of(Q1))),
                        at(10)));
    }

    @Test
    void resultsOfAFeedThatIsNotAPhaseOfTheRunAreRefused() {
        fixture.given(started(RESTOCK))
                .when(new RecordPhaseResultsCommand(RUN, new FeedId("other"), List.of(), List.of(), at(10)))
                .expectNoEvents()
                .expectException(BusinessException.class);
    }

    @Test
    void aRepeatedResultChangesNothing() {
        fixture.given(
                        started(RESTOCK, REPRICE),
                        new SkuPricesLiveEvent(RUN, List.of(new SkuOffer("SKU-1", NEW, 3)), at(20)))
                .when(new RecordPhaseResultsCommand(
                        RUN, PRICE_FEED, List.of(item(RESTOCK, VerificationState.VERIFIED, NEW, 3)), List.of(), at(21)))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    // --- quantity phase

    @Test
    void theQuantityPhaseCarriesOnlySkusWhosePriceIsLive() {
        fixture.given(
                        started(RESTOCK, NEW_OFFER),
                        new SkuPricesLiveEvent(RUN, List.of(new SkuOffer("SKU-1", NEW, 3)), at(20)),
                        heldNewOffer(at(120)))
                .when(new EndPhaseCommand(RUN, PRICE_FEED, at(121)))
                .expectEvents(
                        new QuantityPhaseStartedEvent(RUN, ACCOUNT, UK, QUANTITY_FEED, List.of(RESTOCK), 1, at(121)));
    }

    @Test
    void aPriceFeedEndingWithoutAResultHoldsTheSku() {
        fixture.given(started(RESTOCK))
                .when(new EndPhaseCommand(RUN, PRICE_FEED, at(121)))
                .expectEvents(
                        new SkusSettledEvent(
                                RUN,
                                List.of(new SettledSku(
                                        "SKU-1",
                                        RunSkuState.HELD,
                                        "held: the price feed ended without a read-back result for this SKU; its quantity"
                                                + " was not sent",
                                        null,
                                        null,
                                        false,
                                        List.of(Q1))),
                                at(121)),
                        new TwoPhaseSyncFailedEvent(
                                RUN,
                                ACCOUNT,
                                UK,
                                RunStep.PRICE,
                                "no SKU got live: 1 held, 0 failed",
                                0,
                                1,
                                0,
                                List.of(new SkuReason(
                                        "SKU-1",
                                        RunSkuState.HELD,
                                        "held: the price feed ended without a read-back result for this SKU; its"
                                                + " quantity was not sent")),
                                at(121)));
    }

    @Test
    void aQuantityLiveAtTheVerifiedPriceCompletesTheRun() {
        fixture.given(history(inQuantityPhase()))
                .when(new RecordPhaseResultsCommand(
                        RUN,
                        QUANTITY_FEED,
                        List.of(item(RESTOCK, VerificationState.VERIFIED, NEW, 5)),
                        List.of(),
                        at(40)))
                .expectEvents(
                        new SkusSettledEvent(
                                RUN,
                                List.of(new SettledSku(
                                        "SKU-1", RunSkuState.VERIFIED, null, NEW, 5, false, List.of(Q1))),
                                at(40)),
                        new TwoPhaseSyncCompletedEvent(RUN, ACCOUNT, UK, 1, 0, at(40)));
    }

    @Test
    void aQuantityLiveWithAWrongPriceIsRescuedAtOnce() {
        fixture.given(history(inQuantityPhase()))
                .when(new RecordPhaseResultsCommand(
                        RUN,
                        QUANTITY_FEED,
                        List.of(item(RESTOCK, VerificationState.VERIFIED, OLD, 5)),
                        List.of(),
                        at(40)))
                .expectEvents(zeroAndPrice(1, 5, at(40)));
    }

    @Test
    void aQuantityLiveWithoutAnyPriceIsRescuedToo() {
        fixture.given(history(inQuantityPhase()))
                .when(new RecordPhaseResultsCommand(
                        RUN,
                        QUANTITY_FEED,
                        List.of(item(RESTOCK, VerificationState.MISMATCH, null, 4)),
                        List.of(),
                        at(90)))
                .expectEvents(zeroAndPrice(1, 4, at(90)));
    }

    @Test
    void aQuantityNotLiveFailsTheSkuAndTheRunEndsPartlyWhenOthersAreLive() {
        fixture.given(
                        started(RESTOCK, REPRICE),
                        new SkuPricesLiveEvent(
                                RUN, List.of(new SkuOffer("SKU-1", NEW, 3), new SkuOffer("SKU-2", NEW, 4)), at(20)),
                        new SkusSettledEvent(
                                RUN,
                                List.of(new SettledSku(
                                        "SKU-2", RunSkuState.VERIFIED, null, NEW, 4, false, List.of(Q2))),
                                at(20)),
                        new QuantityPhaseStartedEvent(RUN, ACCOUNT, UK, QUANTITY_FEED, List.of(RESTOCK), 1, at(25)))
                .when(new RecordPhaseResultsCommand(
                        RUN,
                        QUANTITY_FEED,
                        List.of(item(RESTOCK, VerificationState.MISMATCH, NEW, 3)),
                        List.of(),
                        at(90)))
                .expectEvents(
                        new SkusSettledEvent(
                                RUN,
                                List.of(new SettledSku(
                                        "SKU-1",
                                        RunSkuState.FAILED,
                                        "the quantity was not seen live by the deadline: Amazon shows 3 (the new price is"
                                                + " live)",
                                        NEW,
                                        3,
                                        false,
                                        List.of(Q1))),
                                at(90)),
                        new TwoPhaseSyncPartialEvent(
                                RUN,
                                ACCOUNT,
                                UK,
                                1,
                                0,
                                1,
                                List.of(new SkuReason(
                                        "SKU-1",
                                        RunSkuState.FAILED,
                                        "the quantity was not seen live by the deadline: Amazon shows 3 (the new price is"
                                                + " live)")),
                                at(90)));
    }

    @Test
    void aDeferredQuantityFeedIsRetriedWithTheSameSkus() {
        fixture.given(history(inQuantityPhase(), new QuantityPhaseDeferredEvent(RUN, 1, "Amazon answered 503", at(26))))
                .when(new RetryQuantityPhaseCommand(RUN, 2, at(27)))
                .expectEvents(
                        new QuantityPhaseStartedEvent(RUN, ACCOUNT, UK, QUANTITY_FEED, List.of(RESTOCK), 2, at(27)));
    }

    @Test
    void aDeferralIsRecordedOncePerAttempt() {
        fixture.given(history(inQuantityPhase()))
                .when(new RecordQuantityPhaseDeferredCommand(RUN, 1, "Amazon answered 503", at(26)))
                .expectEvents(new QuantityPhaseDeferredEvent(RUN, 1, "Amazon answered 503", at(26)));
        fixture.given(history(inQuantityPhase(), new QuantityPhaseDeferredEvent(RUN, 1, "Amazon answered 503", at(26))))
                .when(new RecordQuantityPhaseDeferredCommand(RUN, 1, "Amazon answered 503", at(26)))
                .expectNoEvents();
    }

    @Test
    void theLastDeferralFailsTheRunInTheQuantityPhase() {
        fixture.given(
                        started(RESTOCK),
                        new SkuPricesLiveEvent(RUN, List.of(new SkuOffer("SKU-1", NEW, 3)), at(20)),
                        new QuantityPhaseStartedEvent(RUN, ACCOUNT, UK, QUANTITY_FEED, List.of(RESTOCK), 5, at(40)))
                .when(new RecordQuantityPhaseDeferredCommand(RUN, 5, "Amazon answered 503", at(41)))
                .expectEventsMatching(exactSequenceOf(
                        event(SkusSettledEvent.class, e -> true),
                        event(TwoPhaseSyncFailedEvent.class, e -> e.phase() == RunStep.QUANTITY),
                        andNoMore()));
    }

    @Test
    void aFailedPriceFeedFailsTheRunAndEverySku() {
        fixture.given(started(RESTOCK))
                .when(new FailPhaseCommand(
                        RUN, PRICE_FEED, FeedFailure.FATAL, "Amazon stopped the feed (FATAL)", at(5)))
                .expectEvents(
                        new SkusSettledEvent(
                                RUN,
                                List.of(new SettledSku(
                                        "SKU-1",
                                        RunSkuState.FAILED,
                                        "the price feed failed: Amazon stopped the feed (FATAL)",
                                        null,
                                        null,
                                        false,
                                        List.of(Q1))),
                                at(5)),
                        new TwoPhaseSyncFailedEvent(
                                RUN,
                                ACCOUNT,
                                UK,
                                RunStep.PRICE,
                                "the price feed failed: Amazon stopped the feed (FATAL)",
                                0,
                                0,
                                1,
                                List.of(new SkuReason(
                                        "SKU-1",
                                        RunSkuState.FAILED,
                                        "the price feed failed: Amazon stopped the feed (FATAL)")),
                                at(5)));
    }

    @Test
    void aFailedQuantityFeedFailsTheRunInThatPhase() {
        fixture.given(history(inQuantityPhase()))
                .when(new FailPhaseCommand(
                        RUN, QUANTITY_FEED, FeedFailure.CANCELLED, "Amazon cancelled the feed", at(30)))
                .expectEventsMatching(exactSequenceOf(
                        event(SkusSettledEvent.class, e -> true),
                        event(TwoPhaseSyncFailedEvent.class, e -> e.phase() == RunStep.QUANTITY),
                        andNoMore()));
    }

    @Test
    void nothingChangesAfterTheRunEnded() {
        fixture.given(
                        started(REPRICE),
                        new SkuPricesLiveEvent(RUN, List.of(new SkuOffer("SKU-2", NEW, 4)), at(20)),
                        new SkusSettledEvent(
                                RUN,
                                List.of(new SettledSku(
                                        "SKU-2", RunSkuState.VERIFIED, null, NEW, 4, false, List.of(Q2))),
                                at(20)),
                        new TwoPhaseSyncCompletedEvent(RUN, ACCOUNT, UK, 1, 0, at(20)))
                .when(new FailPhaseCommand(RUN, PRICE_FEED, FeedFailure.FATAL, "late", at(30)))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    // --- rescue

    @Test
    void anAcceptedRescuePatchIsRecordedOnce() {
        fixture.given(history(rescuing()))
                .when(new RecordSkuRescueStepCommand(RUN, "SKU-1", RescueStep.ZERO_AND_PRICE, 1, true, null, at(41)))
                .expectEvents(
                        new SkuRescueStepRecordedEvent(RUN, "SKU-1", RescueStep.ZERO_AND_PRICE, 1, true, null, at(41)));
        fixture.given(history(rescuing(), zeroAccepted(at(41))))
                .when(new RecordSkuRescueStepCommand(RUN, "SKU-1", RescueStep.ZERO_AND_PRICE, 1, true, null, at(42)))
                .expectNoEvents();
    }

    @Test
    void aRefusedRescuePatchFailsTheSkuWarningThatItMayBeBuyableAtAWrongPrice() {
        fixture.given(history(rescuing()))
                .when(new RecordSkuRescueStepCommand(
                        RUN, "SKU-1", RescueStep.ZERO_AND_PRICE, 1, false, "Amazon answered 400", at(41)))
                .expectEventsMatching(exactSequenceOf(
                        event(SkuRescueStepRecordedEvent.class, e -> true),
                        event(
                                SkusSettledEvent.class,
                                e -> e.skus().size() == 1
                                        && e.skus().get(0).state() == RunSkuState.FAILED
                                        && e.skus().get(0).reason().contains("may be buyable at a wrong price")),
                        event(TwoPhaseSyncFailedEvent.class, e -> true),
                        andNoMore()));
    }

    @Test
    void aRescueReadBackAsksForWhatThePatchShouldShow() {
        fixture.given(history(rescuing(), zeroAccepted(at(41))))
                .when(new RequestRescueReadBackCommand(RUN, at(42)))
                .expectEvents(new RescueReadBackRequestedEvent(
                        RUN, ACCOUNT, UK, 1, List.of(new SkuOffer("SKU-1", NEW, 0)), at(42)));
    }

    @Test
    void thePriceLiveAtQuantityZeroRestoresTheQuantity() {
        fixture.given(history(rescuing(), zeroAccepted(at(41)), readBackRound(1, at(42))))
                .when(new RecordRescueReadBackCommand(
                        RUN, 1, List.of(new ObservedOffer("SKU-1", true, NEW, 0)), at(43)))
                .expectEvents(new SkuRescueRequestedEvent(
                        RUN, ACCOUNT, UK, "SKU-1", "BOOK", RescueStep.RESTORE_QUANTITY, NEW, 5, 5, 1, at(43)));
    }

    @Test
    void theQuantityStaysAtZeroUntilThePriceIsLive() {
        fixture.given(history(rescuing(), zeroAccepted(at(41)), readBackRound(1, at(42))))
                .when(new RecordRescueReadBackCommand(
                        RUN, 1, List.of(new ObservedOffer("SKU-1", true, null, 0)), at(43)))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aRestoredQuantityAtTheRightPriceVerifiesTheRescuedSku() {
        fixture.given(history(
                        rescuing(),
                        zeroAccepted(at(41)),
                        readBackRound(1, at(42)),
                        new SkuRescueRequestedEvent(
                                RUN, ACCOUNT, UK, "SKU-1", "BOOK", RescueStep.RESTORE_QUANTITY, NEW, 5, 5, 1, at(43)),
                        new SkuRescueStepRecordedEvent(
                                RUN, "SKU-1", RescueStep.RESTORE_QUANTITY, 1, true, null, at(44)),
                        readBackRound(2, at(46))))
                .when(new RecordRescueReadBackCommand(
                        RUN, 2, List.of(new ObservedOffer("SKU-1", true, NEW, 5)), at(47)))
                .expectEvents(
                        new SkusSettledEvent(
                                RUN,
                                List.of(new SettledSku("SKU-1", RunSkuState.VERIFIED, null, NEW, 5, true, List.of(Q1))),
                                at(47)),
                        new TwoPhaseSyncCompletedEvent(RUN, ACCOUNT, UK, 1, 1, at(47)));
    }

    @Test
    void aPriceThatGoesWrongAgainAfterRestoringIsRescuedAgain() {
        fixture.given(history(restoring()))
                .when(new RecordRescueReadBackCommand(
                        RUN, 2, List.of(new ObservedOffer("SKU-1", true, OLD, 5)), at(47)))
                .expectEvents(zeroAndPrice(2, 5, at(47)));
    }

    @Test
    void afterTheLastRescueTheQuantityIsLeftAtZeroAndTheSkuHeld() {
        fixture.given(history(
                        rescuing(),
                        zeroAndPrice(3, 5, at(80)),
                        new SkuRescueStepRecordedEvent(RUN, "SKU-1", RescueStep.ZERO_AND_PRICE, 3, true, null, at(81)),
                        readBackRound(1, at(82))))
                .when(new RecordRescueReadBackCommand(
                        RUN, 1, List.of(new ObservedOffer("SKU-1", true, NEW, 0)), at(83)))
                .expectEventsMatching(exactSequenceOf(
                        event(
                                SkusSettledEvent.class,
                                e -> e.skus().size() == 1
                                        && e.skus().get(0).state() == RunSkuState.HELD
                                        && e.skus().get(0).reason().contains("left at 0")),
                        event(TwoPhaseSyncFailedEvent.class, e -> true),
                        andNoMore()));
    }

    @Test
    void aRescueWhosePriceNeverGoesLiveEndsHeldAtTheTimeout() {
        fixture.given(history(rescuing(), zeroAccepted(at(41)), readBackRound(1, at(42))))
                .when(new RequestRescueReadBackCommand(RUN, at(41).plus(LIMITS.rescueTimeout())))
                .expectEventsMatching(exactSequenceOf(
                        event(
                                SkusSettledEvent.class,
                                e -> e.skus().size() == 1
                                        && e.skus().get(0).state() == RunSkuState.HELD
                                        && e.skus()
                                                .get(0)
                                                .reason()
                                                .contains("was not live within 2 h; the quantity is 0")),
                        event(TwoPhaseSyncFailedEvent.class, e -> true),
                        andNoMore()));
    }

    @Test
    void aReadBackRoundThatWasNeverRequestedIsRefused() {
        fixture.given(history(rescuing(), zeroAccepted(at(41))))
                .when(new RecordRescueReadBackCommand(RUN, 3, List.of(), at(43)))
                .expectNoEvents()
                .expectException(BusinessException.class);
    }

    // --- arrangements

    /** An event of {@code type} that passes {@code test}. */
    private static <T> Matcher<Object> event(Class<T> type, Predicate<T> test) {
        return predicate(m -> m instanceof EventMessage<?> message
                && type.isInstance(message.getPayload())
                && test.test(type.cast(message.getPayload())));
    }

    /** The given events, with arrangement arrays flattened. */
    private static List<Object> history(Object... parts) {
        List<Object> events = new java.util.ArrayList<>();
        for (Object part : parts) {
            if (part instanceof Object[] array) {
                events.addAll(List.of(array));
            } else {
                events.add(part);
            }
        }
        return events;
    }

    private static SkusSettledEvent heldNewOffer(java.time.Instant at) {
        return new SkusSettledEvent(
                RUN, List.of(new SettledSku("SKU-3", RunSkuState.HELD, "held", null, null, false, List.of(Q3))), at);
    }

    private static Object[] inQuantityPhase() {
        return new Object[] {
            started(RESTOCK),
            new SkuPricesLiveEvent(RUN, List.of(new SkuOffer("SKU-1", NEW, 3)), at(20)),
            new QuantityPhaseStartedEvent(RUN, ACCOUNT, UK, QUANTITY_FEED, List.of(RESTOCK), 1, at(25))
        };
    }

    private static SkuRescueRequestedEvent zeroAndPrice(int attempt, int restoreTo, java.time.Instant at) {
        return new SkuRescueRequestedEvent(
                RUN, ACCOUNT, UK, "SKU-1", "BOOK", RescueStep.ZERO_AND_PRICE, NEW, 0, restoreTo, attempt, at);
    }

    private static Object[] rescuing() {
        Object[] before = inQuantityPhase();
        return new Object[] {before[0], before[1], before[2], zeroAndPrice(1, 5, at(40))};
    }

    private static SkuRescueStepRecordedEvent zeroAccepted(java.time.Instant at) {
        return new SkuRescueStepRecordedEvent(RUN, "SKU-1", RescueStep.ZERO_AND_PRICE, 1, true, null, at);
    }

    private static RescueReadBackRequestedEvent readBackRound(int round, java.time.Instant at) {
        return new RescueReadBackRequestedEvent(RUN, ACCOUNT, UK, round, List.of(new SkuOffer("SKU-1", NEW, 0)), at);
    }

    private static Object[] restoring() {
        Object[] before = rescuing();
        return new Object[] {
            before[0],
            before[1],
            before[2],
            before[3],
            zeroAccepted(at(41)),
            readBackRound(1, at(42)),
            new SkuRescueRequestedEvent(
                    RUN, ACCOUNT, UK, "SKU-1", "BOOK", RescueStep.RESTORE_QUANTITY, NEW, 5, 5, 1, at(43)),
            new SkuRescueStepRecordedEvent(RUN, "SKU-1", RescueStep.RESTORE_QUANTITY, 1, true, null, at(44)),
            readBackRound(2, at(46))
        };
    }
}
