// SPDX-License-Identifier: Apache-2.0
package io.sellersync.command.feed;

import io.sellersync.messages.accounts.AccountId;
import io.sellersync.messages.feed.AmazonFeedStatus;
import io.sellersync.messages.feed.CheckFeedStatusCommand;
import io.sellersync.messages.feed.ExpectedOffer;
import io.sellersync.messages.feed.FeedBuiltEvent;
import io.sellersync.messages.feed.FeedCompletedEvent;
import io.sellersync.messages.feed.FeedDelay;
import io.sellersync.messages.feed.FeedDelayedEvent;
import io.sellersync.messages.feed.FeedFailedEvent;
import io.sellersync.messages.feed.FeedFailure;
import io.sellersync.messages.feed.FeedId;
import io.sellersync.messages.feed.FeedIssue;
import io.sellersync.messages.feed.FeedItemsVerifiedEvent;
import io.sellersync.messages.feed.FeedKind;
import io.sellersync.messages.feed.FeedMessage;
import io.sellersync.messages.feed.FeedOperation;
import io.sellersync.messages.feed.FeedPayloadRef;
import io.sellersync.messages.feed.FeedProcessedEvent;
import io.sellersync.messages.feed.FeedProcessingFinishedEvent;
import io.sellersync.messages.feed.FeedProcessingStartedEvent;
import io.sellersync.messages.feed.FeedSubmittedEvent;
import io.sellersync.messages.feed.FeedSummary;
import io.sellersync.messages.feed.FeedVerificationRequestedEvent;
import io.sellersync.messages.feed.MessageOutcome;
import io.sellersync.messages.feed.MessageResult;
import io.sellersync.messages.feed.RecordFeedDelayCommand;
import io.sellersync.messages.feed.RequestFeedVerificationCommand;
import io.sellersync.messages.feed.VerificationState;
import io.sellersync.messages.feed.VerifiedItem;
import io.sellersync.messages.inventory.ChangeInventoryItemStatusCommand;
import io.sellersync.messages.inventory.InventoryItemId;
import io.sellersync.messages.inventory.InventoryStatus;
import io.sellersync.messages.inventory.ItemCondition;
import io.sellersync.messages.queue.QueueItemId;
import io.sellersync.messages.queue.RecordQueueItemSyncFailedCommand;
import io.sellersync.messages.queue.RecordQueueItemSyncedCommand;
import io.sellersync.messages.shared.MarketplaceId;
import io.sellersync.messages.shared.Money;
import io.sellersync.messages.twophase.SyncRunId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Predicate;
import org.axonframework.deadline.DeadlineMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.test.matchers.Matchers;
import org.axonframework.test.saga.ContinuedGivenState;
import org.axonframework.test.saga.SagaTestFixture;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FeedSubmissionSagaTest {

    private static final FeedId FEED = new FeedId("feed1234-aaaa-bbbb");
    private static final AccountId ACCOUNT = new AccountId("acc-1");
    private static final MarketplaceId UK = new MarketplaceId("A1F83G8C2ARO7P");
    private static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");
    private static final Instant SUBMITTED = T0.plusSeconds(10);
    private static final QueueItemId Q1 = QueueItemId.of(new InventoryItemId("item-1"), ACCOUNT, UK);
    private static final QueueItemId Q2 = QueueItemId.of(new InventoryItemId("item-2"), ACCOUNT, UK);
    private static final QueueItemId Q3 = QueueItemId.of(new InventoryItemId("item-3"), ACCOUNT, UK);
    private static final Money P1 = Money.of("12.50", "GBP");
    private static final FeedMessage M1 = message(1, "SKU-1", Q1);
    private static final FeedMessage M2 = message(2, "SKU-2", Q2, Q3);
    private static final CheckFeedStatusCommand CHECK = new CheckFeedStatusCommand(FEED, ACCOUNT, "50001");
    private static final Instant PROCESSED = T0.plusSeconds(600);

    private SagaTestFixture<FeedSubmissionSaga> fixture;

    @BeforeEach
    void setUp() throws Exception {
        fixture = new SagaTestFixture<>(FeedSubmissionSaga.class);
        fixture.registerResource(FeedTimings.DEFAULTS);
        // the saga's "now" (GenericEventMessage.clock; the saga fixture does not drive it): long before every deadline,
        // so deadlines fire on time unless a test says the application was down
        wallClockAt(Instant.EPOCH);
    }

    @AfterEach
    void tearDown() {
        GenericEventMessage.clock = Clock.systemUTC();
    }

    private static void wallClockAt(Instant now) {
        GenericEventMessage.clock = Clock.fixed(now, ZoneOffset.UTC);
    }

    private static FeedMessage message(int id, String sku, QueueItemId... entries) {
        return new FeedMessage(
                id,
                sku,
                FeedOperation.PATCH,
                "BOOK",
                "B0",
                ItemCondition.USED_GOOD,
                P1,
                3,
                null,
                0,
                3,
                List.of(entries));
    }

    private static FeedBuiltEvent built(FeedKind kind) {
        return new FeedBuiltEvent(FEED, ACCOUNT, UK, kind, List.of(M1, M2), new FeedPayloadRef("ab", 2), T0);
    }

    private ContinuedGivenState submitted() throws Exception {
        return fixture.givenCurrentTime(T0)
                .andThenAPublished(built(FeedKind.SUBMISSION))
                .andThenTimeAdvancesTo(SUBMITTED)
                .andThenAPublished(new FeedSubmittedEvent(FEED, ACCOUNT, UK, "50001", false, SUBMITTED));
    }

    private ContinuedGivenState processed(MessageResult... results) throws Exception {
        return submitted()
                .andThenTimeAdvancesTo(PROCESSED)
                .andThenAPublished(new FeedProcessedEvent(
                        FEED, "report-1", new FeedSummary(2, 2, 0, 0, 0), List.of(results), List.of(), PROCESSED));
    }

    private ContinuedGivenState accepted() throws Exception {
        return processed(result(M1, MessageOutcome.ACCEPTED), result(M2, MessageOutcome.WARNING));
    }

    private static MessageResult result(FeedMessage m, MessageOutcome outcome, FeedIssue... issues) {
        return new MessageResult(m.messageId(), m.sku(), outcome, List.of(issues), m.entries());
    }

    private static FeedVerificationRequestedEvent round(int round, Instant at) {
        return new FeedVerificationRequestedEvent(
                FEED,
                ACCOUNT,
                UK,
                round,
                List.of(new ExpectedOffer(1, "SKU-1", P1, 3)),
                PROCESSED.plus(Duration.ofHours(1)),
                PROCESSED.plus(Duration.ofHours(2)),
                at);
    }

    private static Matcher<List<Message<?>>> payloads(Predicate<List<?>> check) {
        return Matchers.payloadsMatching(Matchers.predicate(check));
    }

    private static Matcher<DeadlineMessage<?>> named(String name) {
        return Matchers.predicate(d -> name.equals(d.getDeadlineName()));
    }

    private static long count(List<?> commands, Object command) {
        return commands.stream().filter(command::equals).count();
    }

    @Test
    void aRunsPhaseFeedLeavesTheQueueAndInventoryToTheRun() throws Exception {
        FeedBuiltEvent phase = new FeedBuiltEvent(
                FEED,
                ACCOUNT,
                UK,
                FeedKind.SUBMISSION,
                List.of(M1, M2),
                new FeedPayloadRef("ab", 2),
                T0,
                new SyncRunId("run-1"),
                null);
        fixture.givenCurrentTime(T0)
                .andThenAPublished(phase)
                .andThenTimeAdvancesTo(SUBMITTED)
                .andThenAPublished(new FeedSubmittedEvent(FEED, ACCOUNT, UK, "50001", false, SUBMITTED))
                .andThenTimeAdvancesTo(PROCESSED)
                .andThenAPublished(new FeedProcessedEvent(
                        FEED,
                        "report-1",
                        new FeedSummary(2, 1, 0, 1, 0),
                        List.of(
                                result(M1, MessageOutcome.ACCEPTED),
                                result(M2, MessageOutcome.ERROR, new FeedIssue("8541", "ERROR", "Bad price", null))),
                        List.of(),
                        PROCESSED))
                .whenPublishingA(new FeedItemsVerifiedEvent(
                        FEED,
                        List.of(new VerifiedItem(1, "SKU-1", VerificationState.VERIFIED, P1, 3, M1.entries())),
                        PROCESSED.plusSeconds(120)))
                .expectNoDispatchedCommands();
    }

    @Test
    void aDryRunEndsAtOnce() throws Exception {
        fixture.givenNoPriorActivity()
                .whenPublishingA(built(FeedKind.DRY_RUN))
                .expectActiveSagas(0)
                .expectNoDispatchedCommands()
                .expectNoScheduledDeadlines();
    }

    @Test
    void aSubmissionWaitsForAmazonsFeedId() throws Exception {
        fixture.givenNoPriorActivity()
                .whenPublishingA(built(FeedKind.SUBMISSION))
                .expectActiveSagas(1)
                .expectAssociationWith("feedId", FEED)
                .expectNoDispatchedCommands()
                .expectNoScheduledDeadlines();
    }

    @Test
    void theFirstPollIsDuePollMinAfterTheSubmission() throws Exception {
        fixture.givenCurrentTime(SUBMITTED)
                .andThenAPublished(built(FeedKind.SUBMISSION))
                .whenPublishingA(new FeedSubmittedEvent(FEED, ACCOUNT, UK, "50001", false, SUBMITTED))
                .expectNoDispatchedCommands()
                .expectScheduledDeadline(SUBMITTED.plusSeconds(10), new FeedDue(SUBMITTED.plusSeconds(10), 0))
                .expectScheduledDeadlineWithName(SUBMITTED.plusSeconds(10), FeedSubmissionSaga.POLL_DEADLINE);
    }

    @Test
    void aRepeatedSubmissionSchedulesNoSecondPoll() throws Exception {
        submitted()
                .whenPublishingA(new FeedSubmittedEvent(FEED, ACCOUNT, UK, "50001", true, SUBMITTED.plusSeconds(5)))
                .expectNoDispatchedCommands()
                .expectScheduledDeadline(SUBMITTED.plusSeconds(10), new FeedDue(SUBMITTED.plusSeconds(10), 0))
                .expectNoScheduledDeadline(SUBMITTED.plusSeconds(15), new FeedDue(SUBMITTED.plusSeconds(15), 0));
    }

    @Test
    void aPollChecksTheStatusAndWaitsLongerNextTime() throws Exception {
        submitted()
                .whenTimeAdvancesTo(SUBMITTED.plusSeconds(10))
                .expectTriggeredDeadlinesWithName(FeedSubmissionSaga.POLL_DEADLINE)
                .expectDispatchedCommands(CHECK)
                .expectScheduledDeadline(SUBMITTED.plusSeconds(30), new FeedDue(SUBMITTED.plusSeconds(30), 1));
    }

    @Test
    void thePollIntervalGrowsToPollMax() throws Exception {
        // polls at +10, +30, +70, +150, +310 (10, 20, 40, 80, 160 s apart), then every 300 s
        submitted()
                .whenTimeAdvancesTo(SUBMITTED.plusSeconds(310))
                .expectDispatchedCommands(CHECK, CHECK, CHECK, CHECK, CHECK)
                .expectScheduledDeadline(SUBMITTED.plusSeconds(610), new FeedDue(SUBMITTED.plusSeconds(610), 5));
    }

    @Test
    void aPollFiringLateAfterADowntimeSchedulesTheNextFromNow() throws Exception {
        Instant back = SUBMITTED.plus(Duration.ofHours(1));
        ContinuedGivenState given = submitted();
        wallClockAt(back);
        given.whenTimeAdvancesTo(SUBMITTED.plusSeconds(10))
                .expectDispatchedCommands(CHECK)
                .expectScheduledDeadline(back.plusSeconds(20), new FeedDue(back.plusSeconds(20), 1))
                .expectNoScheduledDeadline(SUBMITTED.plusSeconds(30), new FeedDue(SUBMITTED.plusSeconds(30), 1));
    }

    @Test
    void aFeedInAmazonsQueueForHalfAnHourIsSlow() throws Exception {
        submitted()
                .whenTimeAdvancesTo(SUBMITTED.plus(Duration.ofMinutes(31)))
                .expectDispatchedCommandsMatching(payloads(commands ->
                        count(commands, new RecordFeedDelayCommand(FEED, FeedDelay.SLOW, SUBMITTED)) >= 1
                                && count(commands, new RecordFeedDelayCommand(FEED, FeedDelay.STUCK, SUBMITTED)) == 0
                                && commands.contains(CHECK)));
    }

    @Test
    void aSlowFeedIsNotFlaggedSlowAgainButStuckAfterThreeHours() throws Exception {
        submitted()
                .andThenTimeAdvancesTo(SUBMITTED.plus(Duration.ofMinutes(31)))
                .andThenAPublished(new FeedDelayedEvent(FEED, FeedDelay.SLOW, SUBMITTED))
                .whenTimeAdvancesTo(SUBMITTED.plus(Duration.ofHours(3)).plusSeconds(300))
                .expectDispatchedCommandsMatching(payloads(commands ->
                        count(commands, new RecordFeedDelayCommand(FEED, FeedDelay.SLOW, SUBMITTED)) == 0
                                && count(commands, new RecordFeedDelayCommand(FEED, FeedDelay.STUCK, SUBMITTED)) >= 1));
    }

    @Test
    void aStuckFeedIsNotFlaggedAgain() throws Exception {
        submitted()
                .andThenAPublished(new FeedDelayedEvent(FEED, FeedDelay.STUCK, SUBMITTED))
                .whenTimeAdvancesTo(SUBMITTED.plus(Duration.ofHours(4)))
                .expectDispatchedCommandsMatching(
                        payloads(commands -> commands.stream().allMatch(CHECK::equals) && !commands.isEmpty()));
    }

    @Test
    void aFeedAmazonStartedIsNeverDelayed() throws Exception {
        submitted()
                .andThenAPublished(new FeedProcessingStartedEvent(FEED, SUBMITTED.plusSeconds(5)))
                .whenTimeAdvancesTo(SUBMITTED.plus(Duration.ofHours(4)))
                .expectDispatchedCommandsMatching(
                        payloads(commands -> commands.stream().allMatch(CHECK::equals) && !commands.isEmpty()));
    }

    @Test
    void pollingGoesOnWhileTheReportIsMissing() throws Exception {
        submitted()
                .andThenTimeAdvancesTo(SUBMITTED.plusSeconds(10))
                .andThenAPublished(new FeedProcessingFinishedEvent(
                        FEED, ACCOUNT, AmazonFeedStatus.DONE, "r", 1, SUBMITTED.plusSeconds(10)))
                .whenTimeAdvancesTo(SUBMITTED.plusSeconds(30))
                .expectDispatchedCommands(CHECK);
    }

    @Test
    void aReportStopsPollingFailsTheRefusedEntriesAndSchedulesReadBack() throws Exception {
        FeedIssue error = new FeedIssue("8541", "ERROR", "Price too low", "purchasable_offer");
        Instant readBack = PROCESSED.plus(Duration.ofMinutes(1));
        submitted()
                .whenPublishingA(new FeedProcessedEvent(
                        FEED,
                        "report-1",
                        new FeedSummary(2, 1, 1, 1, 0),
                        List.of(result(M1, MessageOutcome.ERROR, error), result(M2, MessageOutcome.ACCEPTED)),
                        List.of(),
                        PROCESSED))
                .expectDispatchedCommands(new RecordQueueItemSyncFailedCommand(
                        Q1, FEED, T0, "Amazon refused SKU SKU-1 in feed feed1234: Price too low (8541)", PROCESSED))
                .expectScheduledDeadline(readBack, new FeedDue(readBack, 0))
                .expectScheduledDeadlineWithName(readBack, FeedSubmissionSaga.VERIFY_DEADLINE)
                .expectNoScheduledDeadlineMatching(named(FeedSubmissionSaga.POLL_DEADLINE));
    }

    @Test
    void aReportWithOnlyErrorsSchedulesNoReadBack() throws Exception {
        submitted()
                .whenPublishingA(new FeedProcessedEvent(
                        FEED,
                        "report-1",
                        new FeedSummary(2, 0, 2, 2, 0),
                        List.of(result(M1, MessageOutcome.ERROR), result(M2, MessageOutcome.ERROR)),
                        List.of(),
                        PROCESSED))
                .expectDispatchedCommandsMatching(payloads(commands -> commands.size() == 3
                        && commands.stream()
                                .allMatch(c -> c instanceof RecordQueueItemSyncFailedCommand f
                                        && f.reason().contains("no reason given"))))
                .expectNoScheduledDeadlines();
    }

    @Test
    void aRepeatedReportChangesNothing() throws Exception {
        accepted()
                .whenPublishingA(new FeedProcessedEvent(
                        FEED,
                        "report-1",
                        new FeedSummary(2, 0, 2, 2, 0),
                        List.of(result(M1, MessageOutcome.ERROR), result(M2, MessageOutcome.ERROR)),
                        List.of(),
                        PROCESSED))
                .expectNoDispatchedCommands();
    }

    @Test
    void theReadBackDeadlineRequestsARoundAndKeepsAFallback() throws Exception {
        Instant due = PROCESSED.plus(Duration.ofMinutes(1));
        accepted()
                .whenTimeAdvancesTo(due)
                .expectDispatchedCommands(new RequestFeedVerificationCommand(FEED, due))
                .expectScheduledDeadline(
                        due.plus(Duration.ofMinutes(10)), new FeedDue(due.plus(Duration.ofMinutes(10)), 0));
    }

    @Test
    void aReadBackDeadlineFiringLateKeepsItsFallbackAfterNow() throws Exception {
        Instant due = PROCESSED.plus(Duration.ofMinutes(1));
        Instant back = due.plus(Duration.ofHours(2));
        ContinuedGivenState given = accepted();
        wallClockAt(back);
        given.whenTimeAdvancesTo(due)
                .expectDispatchedCommands(new RequestFeedVerificationCommand(FEED, due))
                .expectScheduledDeadline(
                        back.plus(Duration.ofMinutes(10)), new FeedDue(back.plus(Duration.ofMinutes(10)), 0));
    }

    @Test
    void aDoneFeedWhoseReportCouldNotBeReadIsReadBackWithoutFailingEntries() throws Exception {
        Instant readBack = PROCESSED.plus(Duration.ofMinutes(1));
        FeedIssue unreadable = new FeedIssue(
                "REPORT_UNREADABLE",
                "WARNING",
                "Amazon's processing report could not be read; every SKU is verified by read-back",
                null);
        submitted()
                .andThenTimeAdvancesTo(PROCESSED)
                .whenPublishingA(new FeedProcessedEvent(
                        FEED,
                        null,
                        new FeedSummary(2, 2, 0, 0, 1),
                        List.of(result(M1, MessageOutcome.ACCEPTED), result(M2, MessageOutcome.ACCEPTED)),
                        List.of(unreadable),
                        PROCESSED))
                .expectNoDispatchedCommands()
                .expectScheduledDeadline(readBack, new FeedDue(readBack, 0))
                .expectNoScheduledDeadlineMatching(named(FeedSubmissionSaga.POLL_DEADLINE));
    }

    @Test
    void eachRoundSchedulesTheNextWithADoublingWait() throws Exception {
        Instant first = PROCESSED.plus(Duration.ofMinutes(1));
        accepted()
                .andThenTimeAdvancesTo(first)
                .whenPublishingA(round(1, first))
                .expectScheduledDeadline(
                        first.plus(Duration.ofMinutes(2)), new FeedDue(first.plus(Duration.ofMinutes(2)), 1))
                .expectNoScheduledDeadline(
                        first.plus(Duration.ofMinutes(10)), new FeedDue(first.plus(Duration.ofMinutes(10)), 0));
    }

    @Test
    void theReadBackWaitStopsGrowingAtVerifyMax() throws Exception {
        Instant fourth = PROCESSED.plus(Duration.ofMinutes(15));
        accepted()
                .andThenTimeAdvancesTo(fourth)
                .whenPublishingA(round(4, fourth))
                .expectScheduledDeadline(
                        fourth.plus(Duration.ofMinutes(10)), new FeedDue(fourth.plus(Duration.ofMinutes(10)), 4));
    }

    @Test
    void verifiedEntriesAreSyncedAndListedOthersFailWithAReason() throws Exception {
        Instant at = PROCESSED.plus(Duration.ofHours(1));
        accepted()
                .whenPublishingA(new FeedItemsVerifiedEvent(
                        FEED,
                        List.of(
                                new VerifiedItem(1, "SKU-1", VerificationState.VERIFIED, P1, 3, List.of(Q1)),
                                new VerifiedItem(
                                        2, "SKU-2", VerificationState.MISMATCH, Money.of("14", "GBP"), 2, List.of(Q2)),
                                new VerifiedItem(3, "SKU-3", VerificationState.TIMED_OUT, null, null, List.of(Q3))),
                        at))
                .expectDispatchedCommands(
                        new RecordQueueItemSyncedCommand(Q1, FEED, T0, at),
                        new ChangeInventoryItemStatusCommand(
                                new InventoryItemId("item-1"), InventoryStatus.LISTED, "listed by feed feed1234"),
                        new RecordQueueItemSyncFailedCommand(
                                Q2,
                                FEED,
                                T0,
                                "Amazon accepted SKU SKU-2 in feed feed1234 but still shows price GBP 14.00 and quantity 2"
                                        + " when the read-back time ran out; check the listing on Amazon and send it again",
                                at),
                        new RecordQueueItemSyncFailedCommand(
                                Q3,
                                FEED,
                                T0,
                                "Amazon accepted SKU SKU-3 in feed feed1234 but never showed the offer within the"
                                        + " read-back time; check the listing on Amazon and send it again",
                                at))
                .expectActiveSagas(1);
    }

    private static final String FATAL_REASON =
            "Feed feed1234 did not apply: Amazon rejected the whole feed (Invalid header); the item stays queued";

    @Test
    void aFailedFeedFailsEveryEntryAndEnds() throws Exception {
        Instant at = SUBMITTED.plusSeconds(60);
        submitted()
                .whenPublishingA(new FeedFailedEvent(
                        FEED, FeedFailure.FATAL, "Invalid header", "report-9", List.of(Q1, Q2, Q3), at))
                .expectDispatchedCommands(
                        new RecordQueueItemSyncFailedCommand(Q1, FEED, T0, FATAL_REASON, at),
                        new RecordQueueItemSyncFailedCommand(Q2, FEED, T0, FATAL_REASON, at),
                        new RecordQueueItemSyncFailedCommand(Q3, FEED, T0, FATAL_REASON, at))
                .expectActiveSagas(0)
                .expectNoScheduledDeadlines();
    }

    @Test
    void aCancelledFeedSaysSo() throws Exception {
        Instant at = SUBMITTED.plusSeconds(60);
        submitted()
                .whenPublishingA(new FeedFailedEvent(FEED, FeedFailure.CANCELLED, null, null, List.of(Q1), at))
                .expectDispatchedCommands(new RecordQueueItemSyncFailedCommand(
                        Q1, FEED, T0, "Feed feed1234 did not apply: the feed was cancelled; the item stays queued", at))
                .expectActiveSagas(0);
    }

    @Test
    void aCompletedFeedEndsWithoutDeadlines() throws Exception {
        Instant at = PROCESSED.plus(Duration.ofMinutes(3));
        accepted()
                .whenPublishingA(new FeedCompletedEvent(FEED, 1, 1, 0, 2, 0, 0, at))
                .expectNoDispatchedCommands()
                .expectActiveSagas(0)
                .expectNoScheduledDeadlines();
    }

    @Test
    void nothingIsSentAfterTheEnd() throws Exception {
        Instant at = PROCESSED.plus(Duration.ofMinutes(3));
        accepted()
                .andThenAPublished(new FeedCompletedEvent(FEED, 1, 1, 0, 2, 0, 0, at))
                .whenPublishingA(new FeedItemsVerifiedEvent(
                        FEED,
                        List.of(new VerifiedItem(1, "SKU-1", VerificationState.VERIFIED, P1, 3, List.of(Q1))),
                        at))
                .expectNoDispatchedCommands();
    }

    @Test
    void noDeadlineFiresAfterTheEnd() throws Exception {
        Instant at = PROCESSED.plus(Duration.ofMinutes(3));
        accepted()
                .andThenAPublished(new FeedCompletedEvent(FEED, 1, 1, 0, 2, 0, 0, at))
                .whenTimeElapses(Duration.ofHours(3))
                .expectNoDispatchedCommands();
    }
}
