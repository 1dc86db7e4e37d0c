// SPDX-License-Identifier: Apache-2.0
package io.sellersync.command.feed;

import io.sellersync.messages.accounts.AccountId;
import io.sellersync.messages.feed.AmazonFeedStatus;
import io.sellersync.messages.feed.BuildFeedCommand;
import io.sellersync.messages.feed.CancelFeedCommand;
import io.sellersync.messages.feed.ExpectedOffer;
import io.sellersync.messages.feed.FeedBuiltEvent;
import io.sellersync.messages.feed.FeedCancelFailedEvent;
import io.sellersync.messages.feed.FeedCancelRequestedEvent;
import io.sellersync.messages.feed.FeedCompletedEvent;
import io.sellersync.messages.feed.FeedDelay;
import io.sellersync.messages.feed.FeedDelayedEvent;
import io.sellersync.messages.feed.FeedDocumentUploadedEvent;
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
import io.sellersync.messages.feed.FeedReportFailedEvent;
import io.sellersync.messages.feed.FeedSubmittedEvent;
import io.sellersync.messages.feed.FeedSummary;
import io.sellersync.messages.feed.FeedValidatedEvent;
import io.sellersync.messages.feed.FeedVerificationRequestedEvent;
import io.sellersync.messages.feed.MessageOutcome;
import io.sellersync.messages.feed.MessageResult;
import io.sellersync.messages.feed.ObservedOffer;
import io.sellersync.messages.feed.ReadBackLimits;
import io.sellersync.messages.feed.RecordFeedCancelFailedCommand;
import io.sellersync.messages.feed.RecordFeedDelayCommand;
import io.sellersync.messages.feed.RecordFeedDocumentUploadedCommand;
import io.sellersync.messages.feed.RecordFeedFailedCommand;
import io.sellersync.messages.feed.RecordFeedReportCommand;
import io.sellersync.messages.feed.RecordFeedReportFailedCommand;
import io.sellersync.messages.feed.RecordFeedStatusCommand;
import io.sellersync.messages.feed.RecordFeedSubmittedCommand;
import io.sellersync.messages.feed.RecordFeedValidationCommand;
import io.sellersync.messages.feed.RecordFeedVerificationCommand;
import io.sellersync.messages.feed.ReportIssue;
import io.sellersync.messages.feed.RequestFeedVerificationCommand;
import io.sellersync.messages.feed.VerificationState;
import io.sellersync.messages.feed.VerifiedItem;
import io.sellersync.messages.inventory.InventoryItemId;
import io.sellersync.messages.inventory.ItemCondition;
import io.sellersync.messages.queue.QueueItemId;
import io.sellersync.messages.shared.BusinessException;
import io.sellersync.messages.shared.ErrorCode;
import io.sellersync.messages.shared.MarketplaceId;
import io.sellersync.messages.shared.Money;
import io.sellersync.messages.twophase.SyncRunId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.ResultValidator;
import org.axonframework.test.matchers.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FeedTest {

    private static final FeedId FEED = new FeedId("feed1234-aaaa-bbbb");
    private static final AccountId ACCOUNT = new AccountId("acc-1");
    private static final MarketplaceId UK = new MarketplaceId("A1F83G8C2ARO7P");
    private static final FeedPayloadRef PAYLOAD = new FeedPayloadRef("ab".repeat(32), 1234);
    private static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");
    private static final QueueItemId Q1 = QueueItemId.of(new InventoryItemId("item-1"), ACCOUNT, UK);
    private static final QueueItemId Q2 = QueueItemId.of(new InventoryItemId("item-2"), ACCOUNT, UK);
    private static final Money P1 = Money.of("12.50", "GBP");
    private static final Money P2 = Money.of("9.99", "GBP");
    private static final FeedMessage M1 = message(1, "SKU-1", FeedOperation.PATCH, P1, 3, Q1);
    private static final FeedMessage M2 = message(2, "SKU-2", FeedOperation.UPDATE, P2, 1, Q2);
    private static final FeedIssue ERROR = new FeedIssue("8541", "ERROR", "Price too low", "purchasable_offer");
    private static final FeedIssue WARNING = new FeedIssue("99010", "WARNING", "Check the condition", null);
    private static final FeedIssue FEED_LEVEL = new FeedIssue("90001", "ERROR", "Bad header", null);
    private static final FeedSummary SUMMARY = new FeedSummary(2, 2, 0, 0, 0);
    private static final Instant PROCESSED = T0.plusSeconds(600);
    private static final SyncRunId RUN = new SyncRunId("run-1");

    private AggregateTestFixture<Feed> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Feed.class);
        fixture.registerInjectableResource(FeedTimings.DEFAULTS);
    }

    private static FeedMessage message(
            int id, String sku, FeedOperation operation, Money price, Integer quantity, QueueItemId... entries) {
        return new FeedMessage(
                id,
                sku,
                operation,
                "BOOK",
                "B00EXAMPLE",
                ItemCondition.USED_GOOD,
                price,
                quantity,
                null,
                quantity == null ? null : 0,
                quantity == null ? 0 : quantity,
                List.of(entries));
    }

    private static BuildFeedCommand build(FeedKind kind, List<FeedMessage> messages) {
        return new BuildFeedCommand(FEED, ACCOUNT, UK, kind, messages, PAYLOAD, T0);
    }

    private static FeedBuiltEvent built(FeedKind kind, FeedMessage... messages) {
        return new FeedBuiltEvent(FEED, ACCOUNT, UK, kind, List.of(messages), PAYLOAD, T0);
    }

    private static FeedBuiltEvent built() {
        return built(FeedKind.SUBMISSION, M1, M2);
    }

    private static Object[] submitted() {
        return new Object[] {
            built(),
            new FeedDocumentUploadedEvent(FEED, ACCOUNT, UK, "doc-1", PAYLOAD, T0.plusSeconds(5)),
            new FeedSubmittedEvent(FEED, ACCOUNT, UK, "50001", false, T0.plusSeconds(10))
        };
    }

    private static Object[] finished(AmazonFeedStatus status, int attempts) {
        List<Object> events = new ArrayList<>(List.of(submitted()));
        for (int attempt = 1; attempt <= attempts; attempt++) {
            events.add(new FeedProcessingFinishedEvent(
                    FEED, ACCOUNT, status, "result-1", attempt, T0.plusSeconds(300 + attempt)));
        }
        return events.toArray();
    }

    /** Finished, then {@code failures} failed reads of the report, each after its own attempt. */
    private static Object[] reportFailed(AmazonFeedStatus status, int failures) {
        List<Object> events = new ArrayList<>(List.of(submitted()));
        for (int attempt = 1; attempt <= failures; attempt++) {
            events.add(new FeedProcessingFinishedEvent(
                    FEED, ACCOUNT, status, "result-1", attempt, T0.plusSeconds(300 + attempt)));
            events.add(new FeedReportFailedEvent(FEED, attempt, "download timed out"));
        }
        return events.toArray();
    }

    private static MessageResult result(FeedMessage message, MessageOutcome outcome, FeedIssue... issues) {
        return new MessageResult(message.messageId(), message.sku(), outcome, List.of(issues), message.entries());
    }

    private static Object[] processed(Object... more) {
        List<Object> events = new ArrayList<>(List.of(finished(AmazonFeedStatus.DONE, 1)));
        events.add(new FeedProcessedEvent(
                FEED,
                "report-1",
                SUMMARY,
                List.of(result(M1, MessageOutcome.ACCEPTED), result(M2, MessageOutcome.WARNING, WARNING)),
                List.of(),
                PROCESSED));
        events.addAll(List.of(more));
        return events.toArray();
    }

    private static FeedVerificationRequestedEvent round(int round, Instant at, FeedMessage... pending) {
        return new FeedVerificationRequestedEvent(
                FEED,
                ACCOUNT,
                UK,
                round,
                List.of(pending).stream().map(FeedTest::expected).toList(),
                PROCESSED.plus(Duration.ofHours(1)),
                PROCESSED.plus(Duration.ofHours(2)),
                at);
    }

    private static ExpectedOffer expected(FeedMessage m) {
        return new ExpectedOffer(m.messageId(), m.sku(), m.price(), m.quantity());
    }

    private static VerifiedItem item(FeedMessage m, VerificationState state, Money price, Integer quantity) {
        return new VerifiedItem(m.messageId(), m.sku(), state, price, quantity, m.entries());
    }

    private static void refused(ResultValidator<Feed> result, ErrorCode code, String field, String words) {
        result.expectNoEvents()
                .expectException(Matchers.predicate(e -> e instanceof BusinessException b
                        && b.error().code() == code
                        && field.equals(b.error().field())
                        && b.getMessage().contains(words)));
    }

    // building

    @Test
    void buildsASubmission() {
        fixture.givenNoPriorActivity()
                .when(build(FeedKind.SUBMISSION, List.of(M1, M2)))
                .expectSuccessfulHandlerExecution()
                .expectEvents(built());
    }

    @Test
    void aRepeatedBuildChangesNothing() {
        fixture.given(built()).when(build(FeedKind.SUBMISSION, List.of(M1, M2))).expectNoEvents();
    }

    @Test
    void refusesAnEmptyFeed() {
        refused(
                fixture.givenNoPriorActivity().when(build(FeedKind.SUBMISSION, List.of())),
                ErrorCode.INVALID_INPUT,
                "messages",
                "no messages");
    }

    @Test
    void refusesMoreThan25000Messages() {
        List<FeedMessage> many = IntStream.rangeClosed(1, 25_001)
                .mapToObj(i -> message(i, "SKU-" + i, FeedOperation.PATCH, P1, null, Q1))
                .toList();
        refused(
                fixture.givenNoPriorActivity().when(build(FeedKind.SUBMISSION, many)),
                ErrorCode.INVALID_INPUT,
                "messages",
                "at most 25,000");
    }

    @Test
    void refusesARepeatedMessageId() {
        FeedMessage again = message(1, "SKU-9", FeedOperation.PATCH, P1, 1, Q2);
        refused(
                fixture.givenNoPriorActivity().when(build(FeedKind.SUBMISSION, List.of(M1, again))),
                ErrorCode.INVALID_INPUT,
                "messages",
                "Message id 1 is used twice");
    }

    @Test
    void refusesARepeatedSku() {
        FeedMessage again = message(2, "SKU-1", FeedOperation.PATCH, P1, 1, Q2);
        refused(
                fixture.givenNoPriorActivity().when(build(FeedKind.SUBMISSION, List.of(M1, again))),
                ErrorCode.INVALID_INPUT,
                "messages",
                "SKU SKU-1 is in the feed twice");
    }

    @Test
    void refusesAMessageWithoutEntries() {
        refused(
                fixture.givenNoPriorActivity()
                        .when(build(FeedKind.SUBMISSION, List.of(message(1, "SKU-1", FeedOperation.PATCH, P1, 1)))),
                ErrorCode.INVALID_INPUT,
                "messages",
                "carries no queue entry");
    }

    @Test
    void refusesAPriceNotAboveZero() {
        FeedMessage free = message(1, "SKU-1", FeedOperation.PATCH, Money.of("0.00", "GBP"), 1, Q1);
        refused(
                fixture.givenNoPriorActivity().when(build(FeedKind.SUBMISSION, List.of(free))),
                ErrorCode.INVALID_INPUT,
                "messages",
                "price above 0");
    }

    // dry run

    @Test
    void aDryRunMapsIssuesByMessageIdThenSkuAndKeepsFeedErrors() {
        FeedIssue info = new FeedIssue("1", "INFO", "Just so you know", null);
        fixture.given(built(FeedKind.DRY_RUN, M1, M2))
                .when(new RecordFeedValidationCommand(
                        FEED,
                        List.of(
                                new ReportIssue(99, "SKU-1", ERROR),
                                new ReportIssue(null, "SKU-2", WARNING),
                                new ReportIssue(2, "SKU-1", info),
                                new ReportIssue(null, null, FEED_LEVEL)),
                        List.of("Schema: header missing"),
                        T0.plusSeconds(20)))
                .expectEvents(new FeedValidatedEvent(
                        FEED,
                        List.of(
                                result(M1, MessageOutcome.ERROR, ERROR),
                                result(M2, MessageOutcome.WARNING, WARNING, info)),
                        List.of("Schema: header missing", "Bad header"),
                        T0.plusSeconds(20)));
    }

    @Test
    void aRepeatedValidationChangesNothing() {
        fixture.given(built(FeedKind.DRY_RUN, M1), new FeedValidatedEvent(FEED, List.of(), List.of(), T0))
                .when(new RecordFeedValidationCommand(FEED, List.of(), List.of(), T0.plusSeconds(30)))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aSubmissionIsNotValidatedAsADryRun() {
        refused(
                fixture.given(built()).when(new RecordFeedValidationCommand(FEED, List.of(), List.of(), T0)),
                ErrorCode.CONFLICT,
                "feedId",
                "is a submission");
    }

    @Test
    void aDryRunIsNeverUploaded() {
        refused(
                fixture.given(built(FeedKind.DRY_RUN, M1))
                        .when(new RecordFeedDocumentUploadedCommand(FEED, "doc-1", T0)),
                ErrorCode.CONFLICT,
                "feedId",
                "never sent to Amazon");
    }

    @Test
    void aDryRunCannotBeCancelled() {
        refused(
                fixture.given(built(FeedKind.DRY_RUN, M1)).when(new CancelFeedCommand(FEED, T0)),
                ErrorCode.CONFLICT,
                "feedId",
                "never sent to Amazon");
    }

    // upload and submission

    @Test
    void recordsTheUploadOnce() {
        fixture.given(built())
                .when(new RecordFeedDocumentUploadedCommand(FEED, "doc-1", T0.plusSeconds(5)))
                .expectEvents(new FeedDocumentUploadedEvent(FEED, ACCOUNT, UK, "doc-1", PAYLOAD, T0.plusSeconds(5)));
        fixture.given(submitted())
                .when(new RecordFeedDocumentUploadedCommand(FEED, "doc-2", T0.plusSeconds(50)))
                .expectNoEvents();
    }

    @Test
    void recordsTheSubmission() {
        fixture.given(built(), new FeedDocumentUploadedEvent(FEED, ACCOUNT, UK, "doc-1", PAYLOAD, T0))
                .when(new RecordFeedSubmittedCommand(FEED, "50001", true, T0.plusSeconds(10)))
                .expectEvents(new FeedSubmittedEvent(FEED, ACCOUNT, UK, "50001", true, T0.plusSeconds(10)));
    }

    @Test
    void aRepeatedSubmissionChangesNothing() {
        fixture.given(submitted())
                .when(new RecordFeedSubmittedCommand(FEED, "50001", false, T0.plusSeconds(99)))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void refusesASecondAmazonFeedId() {
        refused(
                fixture.given(submitted()).when(new RecordFeedSubmittedCommand(FEED, "50002", true, T0)),
                ErrorCode.CONFLICT,
                "amazonFeedId",
                "already Amazon feed 50001");
    }

    @Test
    void refusesASubmissionBeforeTheUpload() {
        refused(
                fixture.given(built()).when(new RecordFeedSubmittedCommand(FEED, "50001", false, T0)),
                ErrorCode.CONFLICT,
                "feedId",
                "not uploaded yet");
    }

    // status polls

    @Test
    void inQueueChangesNothing() {
        fixture.given(submitted())
                .when(new RecordFeedStatusCommand(FEED, AmazonFeedStatus.IN_QUEUE, null, T0.plusSeconds(20)))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void inProgressStartsProcessingOnce() {
        Instant at = T0.plusSeconds(20);
        fixture.given(submitted())
                .when(new RecordFeedStatusCommand(FEED, AmazonFeedStatus.IN_PROGRESS, null, at))
                .expectEvents(new FeedProcessingStartedEvent(FEED, at));
        fixture.given(submitted())
                .andGiven(new FeedProcessingStartedEvent(FEED, at))
                .when(new RecordFeedStatusCommand(FEED, AmazonFeedStatus.IN_PROGRESS, null, at.plusSeconds(10)))
                .expectNoEvents();
    }

    @Test
    void aTerminalStatusFinishesProcessingAtTheFirstAttempt() {
        Instant at = T0.plusSeconds(30);
        fixture.given(submitted())
                .when(new RecordFeedStatusCommand(FEED, AmazonFeedStatus.DONE, "result-1", at))
                .expectEvents(new FeedProcessingFinishedEvent(FEED, ACCOUNT, AmazonFeedStatus.DONE, "result-1", 1, at));
    }

    @Test
    void aTerminalStatusAgainAfterAFailedReadIsTheNextAttempt() {
        Instant at = T0.plusSeconds(400);
        fixture.given(reportFailed(AmazonFeedStatus.DONE, 2))
                .when(new RecordFeedStatusCommand(FEED, AmazonFeedStatus.DONE, "result-1", at))
                .expectEvents(new FeedProcessingFinishedEvent(FEED, ACCOUNT, AmazonFeedStatus.DONE, "result-1", 3, at));
    }

    @Test
    void aTerminalStatusAgainWhileTheReportIsBeingReadChangesNothing() {
        Instant at = T0.plusSeconds(400);
        fixture.given(finished(AmazonFeedStatus.DONE, 1))
                .when(new RecordFeedStatusCommand(FEED, AmazonFeedStatus.DONE, "result-1", at))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
        // polls do not count as attempts: five polls without a failed read never give up on the report
        setUp();
        fixture.given(finished(AmazonFeedStatus.DONE, 5))
                .when(new RecordFeedStatusCommand(FEED, AmazonFeedStatus.DONE, "result-1", at))
                .expectNoEvents();
    }

    @Test
    void aFailedReadOfTheReportIsRecordedWithItsAttempt() {
        fixture.given(finished(AmazonFeedStatus.DONE, 1))
                .when(new RecordFeedReportFailedCommand(FEED, "download timed out"))
                .expectEvents(new FeedReportFailedEvent(FEED, 1, "download timed out"));
        setUp();
        fixture.given(reportFailed(AmazonFeedStatus.DONE, 2))
                .andGiven(new FeedProcessingFinishedEvent(FEED, ACCOUNT, AmazonFeedStatus.DONE, "result-1", 3, T0))
                .when(new RecordFeedReportFailedCommand(FEED, "not JSON"))
                .expectEvents(new FeedReportFailedEvent(FEED, 3, "not JSON"));
    }

    @Test
    void aRepeatedFailedReadChangesNothing() {
        fixture.given(reportFailed(AmazonFeedStatus.DONE, 1))
                .when(new RecordFeedReportFailedCommand(FEED, "download timed out"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
        setUp();
        fixture.given(processed())
                .when(new RecordFeedReportFailedCommand(FEED, "late"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aFailedReadBeforeAmazonFinishedIsRefused() {
        refused(
                fixture.given(submitted()).when(new RecordFeedReportFailedCommand(FEED, "no report")),
                ErrorCode.CONFLICT,
                "feedId",
                "has not finished");
    }

    @Test
    void aDoneFeedWhoseReportCannotBeReadFiveTimesIsReadBackWithoutFailingEntries() {
        Instant at = T0.plusSeconds(400);
        fixture.given(reportFailed(AmazonFeedStatus.DONE, 5))
                .when(new RecordFeedStatusCommand(FEED, AmazonFeedStatus.DONE, "result-1", at))
                .expectEvents(new FeedProcessedEvent(
                        FEED,
                        null,
                        new FeedSummary(2, 2, 0, 0, 1),
                        List.of(result(M1, MessageOutcome.ACCEPTED), result(M2, MessageOutcome.ACCEPTED)),
                        List.of(new FeedIssue(
                                "REPORT_UNREADABLE",
                                "WARNING",
                                "Amazon's processing report could not be read; every SKU is verified by read-back",
                                null)),
                        at));
    }

    @Test
    void aFatalOrCancelledFeedWhoseReportCannotBeReadFiveTimesFails() {
        Instant at = T0.plusSeconds(400);
        fixture.given(reportFailed(AmazonFeedStatus.FATAL, 5))
                .when(new RecordFeedStatusCommand(FEED, AmazonFeedStatus.FATAL, "result-1", at))
                .expectEvents(new FeedFailedEvent(
                        FEED,
                        FeedFailure.FATAL,
                        "Amazon stopped the feed (FATAL); Amazon's report could not be read",
                        null,
                        List.of(Q1, Q2),
                        at));
        setUp();
        fixture.given(reportFailed(AmazonFeedStatus.CANCELLED, 5))
                .when(new RecordFeedStatusCommand(FEED, AmazonFeedStatus.CANCELLED, "result-1", at))
                .expectEvents(new FeedFailedEvent(
                        FEED,
                        FeedFailure.CANCELLED,
                        "Amazon cancelled the feed; Amazon's report could not be read",
                        null,
                        List.of(Q1, Q2),
                        at));
    }

    @Test
    void aFeedReadBackWithoutItsReportVerifiesItsMessages() {
        Instant at = T0.plusSeconds(400);
        fixture.given(reportFailed(AmazonFeedStatus.DONE, 5))
                .andGiven(new FeedProcessedEvent(
                        FEED,
                        null,
                        new FeedSummary(2, 2, 0, 0, 1),
                        List.of(result(M1, MessageOutcome.ACCEPTED), result(M2, MessageOutcome.ACCEPTED)),
                        List.of(Feed.REPORT_UNREADABLE),
                        at))
                .when(new RecordFeedStatusCommand(FEED, AmazonFeedStatus.DONE, "result-1", at.plusSeconds(60)))
                .expectNoEvents();
    }

    @Test
    void aStatusBeforeAmazonHasTheFeedIsRefused() {
        refused(
                fixture.given(built()).when(new RecordFeedStatusCommand(FEED, AmazonFeedStatus.DONE, null, T0)),
                ErrorCode.CONFLICT,
                "feedId",
                "not at Amazon yet");
    }

    @Test
    void aStatusAfterTheReportChangesNothing() {
        fixture.given(processed())
                .when(new RecordFeedStatusCommand(FEED, AmazonFeedStatus.DONE, "result-1", PROCESSED.plusSeconds(5)))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    // delays

    @Test
    void aSlowFeedIsFlaggedOnce() {
        Instant since = T0.plusSeconds(10);
        fixture.given(submitted())
                .when(new RecordFeedDelayCommand(FEED, FeedDelay.SLOW, since))
                .expectEvents(new FeedDelayedEvent(FEED, FeedDelay.SLOW, since));
        fixture.given(submitted())
                .andGiven(new FeedDelayedEvent(FEED, FeedDelay.SLOW, since))
                .when(new RecordFeedDelayCommand(FEED, FeedDelay.SLOW, since))
                .expectNoEvents();
    }

    @Test
    void aSlowFeedCanBecomeStuckButNotSlowAgain() {
        Instant since = T0.plusSeconds(10);
        fixture.given(submitted())
                .andGiven(new FeedDelayedEvent(FEED, FeedDelay.SLOW, since))
                .when(new RecordFeedDelayCommand(FEED, FeedDelay.STUCK, since))
                .expectEvents(new FeedDelayedEvent(FEED, FeedDelay.STUCK, since));
        fixture.given(submitted())
                .andGiven(new FeedDelayedEvent(FEED, FeedDelay.STUCK, since))
                .when(new RecordFeedDelayCommand(FEED, FeedDelay.SLOW, since))
                .expectNoEvents();
    }

    @Test
    void aFeedInProgressIsNeverDelayed() {
        fixture.given(submitted())
                .andGiven(new FeedProcessingStartedEvent(FEED, T0.plusSeconds(20)))
                .when(new RecordFeedDelayCommand(FEED, FeedDelay.STUCK, T0))
                .expectNoEvents();
    }

    // cancel

    @Test
    void aFeedInAmazonsQueueCanBeCancelled() {
        Instant at = T0.plusSeconds(60);
        fixture.given(submitted())
                .when(new CancelFeedCommand(FEED, at))
                .expectEvents(new FeedCancelRequestedEvent(FEED, ACCOUNT, "50001", at));
    }

    @Test
    void aRepeatedCancelChangesNothing() {
        fixture.given(submitted())
                .andGiven(new FeedCancelRequestedEvent(FEED, ACCOUNT, "50001", T0))
                .when(new CancelFeedCommand(FEED, T0.plusSeconds(5)))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aFeedAmazonStartedCannotBeCancelled() {
        refused(
                fixture.given(submitted())
                        .andGiven(new FeedProcessingStartedEvent(FEED, T0.plusSeconds(20)))
                        .when(new CancelFeedCommand(FEED, T0.plusSeconds(30))),
                ErrorCode.CONFLICT,
                "feedId",
                "can no longer be cancelled");
    }

    @Test
    void aFeedNotAtAmazonCannotBeCancelled() {
        refused(
                fixture.given(built()).when(new CancelFeedCommand(FEED, T0)),
                ErrorCode.CONFLICT,
                "feedId",
                "not at Amazon yet");
    }

    @Test
    void aFinishedFeedCannotBeCancelled() {
        refused(
                fixture.given(finished(AmazonFeedStatus.DONE, 1)).when(new CancelFeedCommand(FEED, T0)),
                ErrorCode.CONFLICT,
                "feedId",
                "can no longer be cancelled");
        refused(
                fixture.given(processed(new FeedCompletedEvent(FEED, 2, 0, 0, 2, 0, 0, PROCESSED)))
                        .when(new CancelFeedCommand(FEED, T0)),
                ErrorCode.CONFLICT,
                "feedId",
                "has ended");
    }

    @Test
    void aFailedCancellationIsRecordedAndMayBeAskedAgain() {
        fixture.given(submitted())
                .andGiven(new FeedCancelRequestedEvent(FEED, ACCOUNT, "50001", T0))
                .when(new RecordFeedCancelFailedCommand(FEED, "Amazon has started processing it"))
                .expectEvents(new FeedCancelFailedEvent(FEED, "Amazon has started processing it"));
        fixture.given(submitted())
                .andGiven(
                        new FeedCancelRequestedEvent(FEED, ACCOUNT, "50001", T0),
                        new FeedCancelFailedEvent(FEED, "timeout"))
                .when(new CancelFeedCommand(FEED, T0.plusSeconds(9)))
                .expectEvents(new FeedCancelRequestedEvent(FEED, ACCOUNT, "50001", T0.plusSeconds(9)));
    }

    @Test
    void aCancelFailureWithoutARequestChangesNothing() {
        fixture.given(submitted())
                .when(new RecordFeedCancelFailedCommand(FEED, "no"))
                .expectNoEvents();
    }

    // failures

    @Test
    void aFeedAmazonNeverGotFailsAsNotSubmitted() {
        Instant at = T0.plusSeconds(15);
        fixture.given(built())
                .when(new RecordFeedFailedCommand(FEED, FeedFailure.NOT_SUBMITTED, "Amazon refused: 400", null, at))
                .expectEvents(new FeedFailedEvent(
                        FEED, FeedFailure.NOT_SUBMITTED, "Amazon refused: 400", null, List.of(Q1, Q2), at));
    }

    @Test
    void aFeedAtAmazonIsNeverNotSubmitted() {
        refused(
                fixture.given(submitted())
                        .when(new RecordFeedFailedCommand(FEED, FeedFailure.NOT_SUBMITTED, "lost", null, T0)),
                ErrorCode.CONFLICT,
                "failure",
                "at Amazon as feed 50001");
    }

    @Test
    void aFatalFeedFailsWithItsReport() {
        Instant at = T0.plusSeconds(400);
        fixture.given(finished(AmazonFeedStatus.FATAL, 1))
                .when(new RecordFeedFailedCommand(FEED, FeedFailure.FATAL, "Invalid header", "report-9", at))
                .expectEvents(new FeedFailedEvent(
                        FEED, FeedFailure.FATAL, "Invalid header", "report-9", List.of(Q1, Q2), at));
    }

    @Test
    void aRepeatedFailureChangesNothing() {
        fixture.given(finished(AmazonFeedStatus.CANCELLED, 1))
                .andGiven(new FeedFailedEvent(FEED, FeedFailure.CANCELLED, "cancelled", null, List.of(Q1, Q2), T0))
                .when(new RecordFeedFailedCommand(FEED, FeedFailure.CANCELLED, "cancelled", null, T0))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aProcessedFeedNoLongerFails() {
        fixture.given(processed())
                .when(new RecordFeedFailedCommand(FEED, FeedFailure.FATAL, "late", null, T0))
                .expectNoEvents();
    }

    // processing report

    @Test
    void theReportMapsIssuesByMessageIdThenSku() {
        Instant at = T0.plusSeconds(500);
        fixture.given(finished(AmazonFeedStatus.DONE, 1))
                .when(new RecordFeedReportCommand(
                        FEED,
                        "report-1",
                        SUMMARY,
                        List.of(
                                new ReportIssue(1, null, ERROR),
                                new ReportIssue(77, "SKU-2", WARNING),
                                new ReportIssue(null, "UNKNOWN", FEED_LEVEL)),
                        at))
                .expectEvents(new FeedProcessedEvent(
                        FEED,
                        "report-1",
                        SUMMARY,
                        List.of(result(M1, MessageOutcome.ERROR, ERROR), result(M2, MessageOutcome.WARNING, WARNING)),
                        List.of(FEED_LEVEL),
                        at));
    }

    @Test
    void aReportWithNothingAcceptedCompletesTheFeed() {
        Instant at = T0.plusSeconds(500);
        fixture.given(finished(AmazonFeedStatus.DONE, 1))
                .when(new RecordFeedReportCommand(
                        FEED,
                        "report-1",
                        SUMMARY,
                        List.of(new ReportIssue(1, null, ERROR), new ReportIssue(2, null, ERROR)),
                        at))
                .expectEvents(
                        new FeedProcessedEvent(
                                FEED,
                                "report-1",
                                SUMMARY,
                                List.of(
                                        result(M1, MessageOutcome.ERROR, ERROR),
                                        result(M2, MessageOutcome.ERROR, ERROR)),
                                List.of(),
                                at),
                        new FeedCompletedEvent(FEED, 0, 0, 2, 0, 0, 0, at));
    }

    @Test
    void aReportBeforeAmazonFinishedIsRefused() {
        refused(
                fixture.given(submitted()).when(new RecordFeedReportCommand(FEED, "r", SUMMARY, List.of(), T0)),
                ErrorCode.CONFLICT,
                "feedId",
                "not finished feed");
    }

    @Test
    void aReportOfAFatalFeedIsRefused() {
        refused(
                fixture.given(finished(AmazonFeedStatus.FATAL, 1))
                        .when(new RecordFeedReportCommand(FEED, "r", SUMMARY, List.of(), T0)),
                ErrorCode.CONFLICT,
                "feedId",
                "not finished feed");
    }

    @Test
    void aRepeatedReportChangesNothing() {
        fixture.given(processed())
                .when(new RecordFeedReportCommand(FEED, "report-1", SUMMARY, List.of(), PROCESSED))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    // read-back

    @Test
    void theFirstRoundFixesTheDeadlinesFromTheReport() {
        Instant now = PROCESSED.plusSeconds(60);
        fixture.given(processed())
                .when(new RequestFeedVerificationCommand(FEED, now))
                .expectEvents(round(1, now, M1, M2));
    }

    @Test
    void aRoundRequestedAgainForTheSameTimeChangesNothing() {
        Instant now = PROCESSED.plusSeconds(60);
        fixture.given(processed(round(1, now, M1, M2)))
                .when(new RequestFeedVerificationCommand(FEED, now))
                .expectNoEvents();
    }

    @Test
    void aRoundBeforeTheReportChangesNothing() {
        fixture.given(submitted())
                .when(new RequestFeedVerificationCommand(FEED, T0))
                .expectNoEvents();
    }

    @Test
    void matchingLiveValuesVerifyAndTheLastCompletesTheFeed() {
        Instant first = PROCESSED.plusSeconds(60);
        Instant at = first.plusSeconds(5);
        fixture.given(processed(round(1, first, M1, M2)))
                .when(new RecordFeedVerificationCommand(
                        FEED,
                        1,
                        List.of(
                                new ObservedOffer("SKU-1", true, Money.of("12.5", "GBP"), 3),
                                new ObservedOffer("SKU-2", true, P2, 1)),
                        at))
                .expectEvents(
                        new FeedItemsVerifiedEvent(
                                FEED,
                                List.of(
                                        item(M1, VerificationState.VERIFIED, Money.of("12.5", "GBP"), 3),
                                        item(M2, VerificationState.VERIFIED, P2, 1)),
                                at),
                        new FeedCompletedEvent(FEED, 1, 1, 0, 2, 0, 0, at));
    }

    @Test
    void aDifferentValueBeforeTheDeadlineKeepsWaiting() {
        Instant first = PROCESSED.plusSeconds(60);
        fixture.given(processed(round(1, first, M1, M2)))
                .when(new RecordFeedVerificationCommand(
                        FEED,
                        1,
                        List.of(new ObservedOffer("SKU-1", true, P1, 2), new ObservedOffer("SKU-2", false, null, null)),
                        first.plusSeconds(5)))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void atTheDeadlineADifferentValueIsAMismatchAndAMissingOfferTimesOut() {
        Instant late = PROCESSED.plus(Duration.ofHours(1)).plusSeconds(1);
        Instant lateNew = PROCESSED.plus(Duration.ofHours(2));
        fixture.given(processed(round(5, late.minusSeconds(60), M1, M2)))
                .when(new RecordFeedVerificationCommand(
                        FEED,
                        5,
                        List.of(new ObservedOffer("SKU-1", true, P1, 2), new ObservedOffer("SKU-2", false, null, null)),
                        late))
                .expectEvents(
                        new FeedItemsVerifiedEvent(FEED, List.of(item(M1, VerificationState.MISMATCH, P1, 2)), late));
        fixture.given(processed(round(5, late.minusSeconds(60), M2)))
                .andGiven(new FeedItemsVerifiedEvent(FEED, List.of(item(M1, VerificationState.MISMATCH, P1, 2)), late))
                .when(new RecordFeedVerificationCommand(
                        FEED, 5, List.of(new ObservedOffer("SKU-2", false, null, null)), lateNew))
                .expectEvents(
                        new FeedItemsVerifiedEvent(
                                FEED, List.of(item(M2, VerificationState.TIMED_OUT, null, null)), lateNew),
                        new FeedCompletedEvent(FEED, 1, 1, 0, 0, 1, 1, lateNew));
    }

    // read-back of a run's phase feed: its own limits and the settle cut-off

    private static final ReadBackLimits RUN_LIMITS =
            new ReadBackLimits(Duration.ofHours(2), Duration.ofHours(2), Duration.ofMinutes(30));

    private static Object[] runFeedProcessed(Object... more) {
        List<Object> events = new ArrayList<>(List.of(processed(more)));
        events.set(
                0,
                new FeedBuiltEvent(
                        FEED, ACCOUNT, UK, FeedKind.SUBMISSION, List.of(M1, M2), PAYLOAD, T0, RUN, RUN_LIMITS));
        return events.toArray();
    }

    @Test
    void aRunsPhaseFeedTakesItsDeadlinesFromTheRunsLimits() {
        Instant now = PROCESSED.plusSeconds(60);
        fixture.given(runFeedProcessed())
                .when(new RequestFeedVerificationCommand(FEED, now))
                .expectEvents(new FeedVerificationRequestedEvent(
                        FEED,
                        ACCOUNT,
                        UK,
                        1,
                        List.of(expected(M1), expected(M2)),
                        PROCESSED.plus(Duration.ofHours(2)),
                        PROCESSED.plus(Duration.ofHours(2)),
                        now));
    }

    @Test
    void onceTheFirstSkuIsVerifiedTheOthersGetTheSettlePeriodOnly() {
        Instant first = PROCESSED.plusSeconds(60);
        Instant verified = PROCESSED.plus(Duration.ofMinutes(20));
        Instant settled = verified.plus(Duration.ofMinutes(30));
        FeedVerificationRequestedEvent round = new FeedVerificationRequestedEvent(
                FEED,
                ACCOUNT,
                UK,
                3,
                List.of(expected(M2)),
                PROCESSED.plus(Duration.ofHours(2)),
                PROCESSED.plus(Duration.ofHours(2)),
                first);
        Object[] history = runFeedProcessed(
                round,
                new FeedItemsVerifiedEvent(FEED, List.of(item(M1, VerificationState.VERIFIED, P1, 3)), verified));
        fixture.given(history)
                .when(new RecordFeedVerificationCommand(
                        FEED, 3, List.of(new ObservedOffer("SKU-2", true, P1, 0)), settled.minusSeconds(1)))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
        fixture.given(history)
                .when(new RecordFeedVerificationCommand(
                        FEED, 3, List.of(new ObservedOffer("SKU-2", true, P1, 0)), settled))
                .expectEvents(
                        new FeedItemsVerifiedEvent(FEED, List.of(item(M2, VerificationState.MISMATCH, P1, 0)), settled),
                        new FeedCompletedEvent(FEED, 1, 1, 0, 1, 1, 0, settled));
    }

    @Test
    void withoutSettlePeriodAVerifiedSkuDoesNotShortenTheOthersWait() {
        Instant verified = PROCESSED.plus(Duration.ofMinutes(20));
        Object[] history = processed(
                round(3, PROCESSED.plusSeconds(60), M2),
                new FeedItemsVerifiedEvent(FEED, List.of(item(M1, VerificationState.VERIFIED, P1, 3)), verified));
        fixture.given(history)
                .when(new RecordFeedVerificationCommand(
                        FEED,
                        3,
                        List.of(new ObservedOffer("SKU-2", true, P1, 0)),
                        verified.plus(Duration.ofMinutes(31))))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aMessageNeverReadFifteenMinutesAfterItsDeadlineTimesOut() {
        Instant before = PROCESSED.plus(Duration.ofHours(1)).plus(Duration.ofMinutes(14));
        Instant after = PROCESSED.plus(Duration.ofHours(1)).plus(Duration.ofMinutes(15));
        fixture.given(processed(round(7, before, M1, M2)))
                .when(new RequestFeedVerificationCommand(FEED, after))
                .expectEvents(
                        new FeedItemsVerifiedEvent(
                                FEED, List.of(item(M1, VerificationState.TIMED_OUT, null, null)), after),
                        round(8, after, M2));
        Instant afterNew = PROCESSED.plus(Duration.ofHours(2)).plus(Duration.ofMinutes(15));
        fixture.given(processed(round(7, before, M2)))
                .andGiven(new FeedItemsVerifiedEvent(
                        FEED, List.of(item(M1, VerificationState.TIMED_OUT, null, null)), after))
                .when(new RequestFeedVerificationCommand(FEED, afterNew))
                .expectEvents(
                        new FeedItemsVerifiedEvent(
                                FEED, List.of(item(M2, VerificationState.TIMED_OUT, null, null)), afterNew),
                        new FeedCompletedEvent(FEED, 1, 1, 0, 0, 0, 2, afterNew));
    }

    @Test
    void aPriceOnlyMessageIgnoresTheLiveQuantity() {
        FeedMessage priceOnly = message(1, "SKU-1", FeedOperation.PATCH, P1, null, Q1);
        Instant at = PROCESSED.plusSeconds(70);
        fixture.given(
                        built(FeedKind.SUBMISSION, priceOnly),
                        new FeedDocumentUploadedEvent(FEED, ACCOUNT, UK, "doc-1", PAYLOAD, T0),
                        new FeedSubmittedEvent(FEED, ACCOUNT, UK, "50001", false, T0),
                        new FeedProcessingFinishedEvent(FEED, ACCOUNT, AmazonFeedStatus.DONE, "r", 1, T0),
                        new FeedProcessedEvent(
                                FEED,
                                "r",
                                SUMMARY,
                                List.of(result(priceOnly, MessageOutcome.ACCEPTED)),
                                List.of(),
                                PROCESSED),
                        round(1, PROCESSED.plusSeconds(60), priceOnly))
                .when(new RecordFeedVerificationCommand(FEED, 1, List.of(new ObservedOffer("SKU-1", true, P1, 7)), at))
                .expectEvents(
                        new FeedItemsVerifiedEvent(
                                FEED, List.of(item(priceOnly, VerificationState.VERIFIED, P1, 7)), at),
                        new FeedCompletedEvent(FEED, 1, 0, 0, 1, 0, 0, at));
    }

    @Test
    void anObservationForARoundNeverRequestedIsRefused() {
        refused(
                fixture.given(processed(round(1, PROCESSED.plusSeconds(60), M1, M2)))
                        .when(new RecordFeedVerificationCommand(FEED, 2, List.of(), PROCESSED.plusSeconds(90))),
                ErrorCode.INVALID_INPUT,
                "round",
                "never requested");
    }

    @Test
    void anObservationAfterCompletionChangesNothing() {
        Instant at = PROCESSED.plusSeconds(90);
        fixture.given(processed(
                        round(1, PROCESSED.plusSeconds(60), M1, M2),
                        new FeedItemsVerifiedEvent(
                                FEED,
                                List.of(
                                        item(M1, VerificationState.VERIFIED, P1, 3),
                                        item(M2, VerificationState.VERIFIED, P2, 1)),
                                at),
                        new FeedCompletedEvent(FEED, 1, 1, 0, 2, 0, 0, at)))
                .when(new RecordFeedVerificationCommand(FEED, 1, List.of(new ObservedOffer("SKU-1", true, P1, 3)), at))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }
}
