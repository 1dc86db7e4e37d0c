// SPDX-License-Identifier: Apache-2.0
package io.sellersync.query.feed;

import static io.sellersync.query.feed.FeedFixtures.ACCOUNT;
import static io.sellersync.query.feed.FeedFixtures.T0;
import static io.sellersync.query.feed.FeedFixtures.UK;
import static io.sellersync.query.feed.FeedFixtures.built;
import static io.sellersync.query.feed.FeedFixtures.messages;
import static io.sellersync.query.feed.FeedFixtures.result;
import static org.assertj.core.api.Assertions.assertThat;

import io.sellersync.messages.accounts.AccountId;
import io.sellersync.messages.feed.AmazonFeedStatus;
import io.sellersync.messages.feed.FeedBuiltEvent;
import io.sellersync.messages.feed.FeedCancelFailedEvent;
import io.sellersync.messages.feed.FeedCancelRequestedEvent;
import io.sellersync.messages.feed.FeedCompletedEvent;
import io.sellersync.messages.feed.FeedDelay;
import io.sellersync.messages.feed.FeedDelayedEvent;
import io.sellersync.messages.feed.FeedDetailView;
import io.sellersync.messages.feed.FeedDocumentUploadedEvent;
import io.sellersync.messages.feed.FeedEvent;
import io.sellersync.messages.feed.FeedFailedEvent;
import io.sellersync.messages.feed.FeedFailure;
import io.sellersync.messages.feed.FeedId;
import io.sellersync.messages.feed.FeedIssue;
import io.sellersync.messages.feed.FeedItemsVerifiedEvent;
import io.sellersync.messages.feed.FeedKind;
import io.sellersync.messages.feed.FeedMessage;
import io.sellersync.messages.feed.FeedMessageView;
import io.sellersync.messages.feed.FeedPage;
import io.sellersync.messages.feed.FeedPayloadRef;
import io.sellersync.messages.feed.FeedProcessedEvent;
import io.sellersync.messages.feed.FeedProcessingFinishedEvent;
import io.sellersync.messages.feed.FeedProcessingStartedEvent;
import io.sellersync.messages.feed.FeedReportFailedEvent;
import io.sellersync.messages.feed.FeedStatus;
import io.sellersync.messages.feed.FeedSubmittedEvent;
import io.sellersync.messages.feed.FeedSummary;
import io.sellersync.messages.feed.FeedValidatedEvent;
import io.sellersync.messages.feed.FeedVerificationRequestedEvent;
import io.sellersync.messages.feed.FeedView;
import io.sellersync.messages.feed.FeedsInFlightView;
import io.sellersync.messages.feed.FindFeedQuery;
import io.sellersync.messages.feed.FindFeedsInFlightQuery;
import io.sellersync.messages.feed.ListFeedsQuery;
import io.sellersync.messages.feed.MessageOutcome;
import io.sellersync.messages.feed.MessageResult;
import io.sellersync.messages.feed.VerificationState;
import io.sellersync.messages.feed.VerifiedItem;
import io.sellersync.messages.shared.MarketplaceId;
import io.sellersync.messages.shared.Money;
import io.sellersync.query.ProjectionDatabase;
import io.sellersync.query.ReplayableProjections;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.GenericSubscriptionQueryMessage;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.axonframework.queryhandling.UpdateHandlerRegistration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest(classes = ProjectionDatabase.class)
@TestPropertySource("classpath:projection-database.properties")
class FeedProjectionTest {

    @Autowired
    FeedProjection projection;

    @Autowired
    QueryUpdateEmitter emitter;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void emptyReadModel() {
        transactions.executeWithoutResult(s -> projection.reset());
    }

    /** Applies one event in its own transaction, as an event processor does. */
    private void apply(FeedEvent event) {
        transactions.executeWithoutResult(s -> dispatch(event));
    }

    private void dispatch(FeedEvent event) {
        if (event instanceof FeedBuiltEvent e) {
            projection.on(e);
        } else if (event instanceof FeedValidatedEvent e) {
            projection.on(e);
        } else if (event instanceof FeedDocumentUploadedEvent e) {
            projection.on(e);
        } else if (event instanceof FeedSubmittedEvent e) {
            projection.on(e);
        } else if (event instanceof FeedProcessingStartedEvent e) {
            projection.on(e);
        } else if (event instanceof FeedDelayedEvent e) {
            projection.on(e);
        } else if (event instanceof FeedProcessingFinishedEvent e) {
            projection.on(e);
        } else if (event instanceof FeedReportFailedEvent e) {
            projection.on(e);
        } else if (event instanceof FeedCancelRequestedEvent e) {
            projection.on(e);
        } else if (event instanceof FeedCancelFailedEvent e) {
            projection.on(e);
        } else if (event instanceof FeedProcessedEvent e) {
            projection.on(e);
        } else if (event instanceof FeedFailedEvent e) {
            projection.on(e);
        } else if (event instanceof FeedVerificationRequestedEvent e) {
            projection.on(e);
        } else if (event instanceof FeedItemsVerifiedEvent e) {
            projection.on(e);
        } else if (event instanceof FeedCompletedEvent e) {
            projection.on(e);
        } else {
            throw new IllegalArgumentException(event.toString());
        }
    }

    private FeedView feed(FeedId id) {
        return projection.handle(new FindFeedQuery(id)).feed();
    }

    private FeedsInFlightView inFlight() {
        return projection.handle(new FindFeedsInFlightQuery(ACCOUNT, UK));
    }

    /** A submission of 4 messages: 1 accepted, 2 warning, 3 error, 4 accepted; read back: 1 verified, 2 mismatch, 4 timed out. */
    private static List<FeedEvent> submission(FeedId id) {
        List<FeedMessage> msgs = messages(4);
        return List.of(
                built(id, FeedKind.SUBMISSION, msgs, T0),
                new FeedDocumentUploadedEvent(
                        id, ACCOUNT, UK, "doc-1", new FeedPayloadRef("a".repeat(64), 1234), T0.plusSeconds(5)),
                new FeedSubmittedEvent(id, ACCOUNT, UK, "50001", false, T0.plusSeconds(10)),
                new FeedDelayedEvent(id, FeedDelay.SLOW, T0.plusSeconds(10)),
                new FeedProcessingStartedEvent(id, T0.plusSeconds(2000)),
                new FeedProcessingFinishedEvent(
                        id, ACCOUNT, AmazonFeedStatus.DONE, "result-1", 1, T0.plusSeconds(2100)),
                new FeedProcessedEvent(
                        id,
                        "b".repeat(64),
                        new FeedSummary(4, 3, 1, 1, 1),
                        List.of(
                                result(msgs.get(0), MessageOutcome.ACCEPTED),
                                result(msgs.get(1), MessageOutcome.WARNING),
                                result(msgs.get(2), MessageOutcome.ERROR),
                                result(msgs.get(3), MessageOutcome.ACCEPTED)),
                        List.of(new FeedIssue("99001", "WARNING", "A feed-level warning", null)),
                        T0.plusSeconds(2110)),
                new FeedVerificationRequestedEvent(
                        id,
                        ACCOUNT,
                        UK,
                        1,
                        List.of(),
                        T0.plusSeconds(5710),
                        T0.plusSeconds(9310),
                        T0.plusSeconds(2170)),
                new FeedItemsVerifiedEvent(
                        id,
                        List.of(
                                new VerifiedItem(
                                        1,
                                        "SKU-1",
                                        VerificationState.VERIFIED,
                                        Money.of("10.10", "GBP"),
                                        3,
                                        msgs.get(0).entries()),
                                new VerifiedItem(
                                        2,
                                        "SKU-2",
                                        VerificationState.MISMATCH,
                                        Money.of("9.99", "GBP"),
                                        1,
                                        msgs.get(1).entries())),
                        T0.plusSeconds(2200)),
                new FeedItemsVerifiedEvent(
                        id,
                        List.of(new VerifiedItem(
                                4,
                                "SKU-4",
                                VerificationState.TIMED_OUT,
                                null,
                                null,
                                msgs.get(3).entries())),
                        T0.plusSeconds(7000)),
                new FeedCompletedEvent(id, 2, 1, 1, 1, 1, 1, T0.plusSeconds(7000)));
    }

    @Test
    void followsASubmissionFromBuiltToCompleted() {
        FeedId id = FeedId.random();
        List<FeedEvent> events = submission(id);

        apply(events.get(0));
        FeedView view = feed(id);
        assertThat(view.status()).isEqualTo(FeedStatus.BUILT);
        assertThat(view.kind()).isEqualTo(FeedKind.SUBMISSION);
        assertThat(view.messages()).isEqualTo(4);
        assertThat(view.payloadDigest()).isEqualTo("a".repeat(64));
        assertThat(view.builtAt()).isEqualTo(T0);
        assertThat(inFlight().skus()).containsExactlyInAnyOrder("SKU-1", "SKU-2", "SKU-3", "SKU-4");

        apply(events.get(1));
        assertThat(feed(id).status()).isEqualTo(FeedStatus.UPLOADED);

        apply(events.get(2));
        view = feed(id);
        assertThat(view.status()).isEqualTo(FeedStatus.SUBMITTED);
        assertThat(view.amazonFeedId()).isEqualTo("50001");
        assertThat(view.amazonStatus()).isEqualTo(AmazonFeedStatus.IN_QUEUE);
        assertThat(view.submittedAt()).isEqualTo(T0.plusSeconds(10));
        assertThat(view.cancellable()).isTrue();

        apply(events.get(3));
        assertThat(feed(id).delay()).isEqualTo(FeedDelay.SLOW);

        apply(events.get(4));
        view = feed(id);
        assertThat(view.status()).isEqualTo(FeedStatus.IN_PROGRESS);
        assertThat(view.amazonStatus()).isEqualTo(AmazonFeedStatus.IN_PROGRESS);
        assertThat(view.processingStartedAt()).isEqualTo(T0.plusSeconds(2000));
        assertThat(view.delay()).isNull();
        assertThat(view.cancellable()).isFalse();

        apply(events.get(5));
        assertThat(feed(id).amazonStatus()).isEqualTo(AmazonFeedStatus.DONE);
        assertThat(feed(id).status()).isEqualTo(FeedStatus.IN_PROGRESS);

        apply(events.get(6));
        view = feed(id);
        assertThat(view.status()).isEqualTo(FeedStatus.VERIFYING);
        assertThat(view.accepted()).isEqualTo(2);
        assertThat(view.warnings()).isEqualTo(1);
        assertThat(view.errors()).isEqualTo(1);
        assertThat(view.pending()).isEqualTo(3);
        assertThat(view.reportDigest()).isEqualTo("b".repeat(64));
        assertThat(view.processedAt()).isEqualTo(T0.plusSeconds(2110));
        FeedDetailView detail = projection.handle(new FindFeedQuery(id));
        assertThat(detail.feedIssues())
                .containsExactly(new FeedIssue("99001", "WARNING", "A feed-level warning", null));
        assertThat(detail.messages())
                .extracting(FeedMessageView::verification)
                .containsExactly(VerificationState.PENDING, VerificationState.PENDING, null, VerificationState.PENDING);
        FeedMessageView error = detail.messages().get(2);
        assertThat(error.outcome()).isEqualTo(MessageOutcome.ERROR);
        assertThat(error.issues())
                .singleElement()
                .satisfies(i -> assertThat(i.attributeName()).isEqualTo("condition_type"));
        assertThat(inFlight().skus()).containsExactlyInAnyOrder("SKU-1", "SKU-2", "SKU-4");

        apply(events.get(7));
        assertThat(feed(id).status()).isEqualTo(FeedStatus.VERIFYING);

        apply(events.get(8));
        view = feed(id);
        assertThat(view.verified()).isEqualTo(1);
        assertThat(view.mismatched()).isEqualTo(1);
        assertThat(view.pending()).isEqualTo(1);
        assertThat(inFlight().skus()).containsExactly("SKU-4");
        FeedMessageView mismatch =
                projection.handle(new FindFeedQuery(id)).messages().get(1);
        assertThat(mismatch.verification()).isEqualTo(VerificationState.MISMATCH);
        assertThat(mismatch.observedPrice()).isEqualTo(Money.of("9.99", "GBP"));
        assertThat(mismatch.observedQuantity()).isEqualTo(1);
        assertThat(mismatch.verifiedAt()).isEqualTo(T0.plusSeconds(2200));

        apply(events.get(9));
        assertThat(feed(id).timedOut()).isEqualTo(1);
        assertThat(feed(id).pending()).isZero();
        assertThat(inFlight().skus()).isEmpty();
        assertThat(inFlight().feeds()).extracting(FeedView::feedId).containsExactly(id);

        apply(events.get(10));
        view = feed(id);
        assertThat(view.status()).isEqualTo(FeedStatus.COMPLETED);
        assertThat(view.finishedAt()).isEqualTo(T0.plusSeconds(7000));
        assertThat(List.of(
                        view.accepted(),
                        view.warnings(),
                        view.errors(),
                        view.verified(),
                        view.mismatched(),
                        view.timedOut(),
                        view.pending()))
                .containsExactly(2, 1, 1, 1, 1, 1, 0);
        assertThat(inFlight().feeds()).isEmpty();
    }

    @Test
    void showsWhatWasSentWithAmountsAsTheSellerTypedThem() {
        FeedId id = FeedId.random();
        List<FeedMessage> msgs = messages(7);
        apply(built(id, FeedKind.SUBMISSION, msgs, T0));

        List<FeedMessageView> views = projection.handle(new FindFeedQuery(id)).messages();
        FeedMessageView first = views.get(0);
        assertThat(first.messageId()).isEqualTo(1);
        assertThat(first.sku()).isEqualTo("SKU-1");
        assertThat(first.price()).isEqualTo(Money.of("10.10", "GBP"));
        assertThat(first.price().amount().scale()).isEqualTo(2);
        assertThat(first.livePrice()).isEqualTo(Money.of("9.99", "GBP"));
        assertThat(first.quantity()).isEqualTo(3);
        assertThat(first.liveQuantity()).isEqualTo(1);
        assertThat(first.unitsAdded()).isEqualTo(2);
        assertThat(first.entries()).containsExactly(FeedFixtures.entry(1));
        assertThat(first.outcome()).isNull();
        assertThat(first.issues()).isEmpty();
        assertThat(first.verification()).isNull();
        assertThat(views.get(4).operation()).isEqualTo(io.sellersync.messages.feed.FeedOperation.UPDATE);
        assertThat(views.get(6).price()).isNull(); // quantity only
    }

    @Test
    void followsADryRunFromValidatingToValidated() {
        FeedId id = FeedId.random();
        List<FeedMessage> msgs = messages(3);
        apply(built(id, FeedKind.DRY_RUN, msgs, T0));
        assertThat(feed(id).status()).isEqualTo(FeedStatus.VALIDATING);

        apply(new FeedValidatedEvent(
                id,
                List.of(
                        result(msgs.get(0), MessageOutcome.ACCEPTED),
                        result(msgs.get(1), MessageOutcome.WARNING),
                        result(msgs.get(2), MessageOutcome.ERROR)),
                List.of("$.messages[2]: required property 'sku' missing"),
                T0.plusSeconds(3)));

        FeedDetailView detail = projection.handle(new FindFeedQuery(id));
        FeedView view = detail.feed();
        assertThat(view.status()).isEqualTo(FeedStatus.VALIDATED);
        assertThat(view.status().finished()).isTrue();
        assertThat(List.of(view.accepted(), view.warnings(), view.errors(), view.pending()))
                .containsExactly(1, 1, 1, 0);
        assertThat(view.finishedAt()).isEqualTo(T0.plusSeconds(3));
        assertThat(view.amazonFeedId()).isNull();
        assertThat(detail.feedIssues())
                .containsExactly(new FeedIssue(null, "ERROR", "$.messages[2]: required property 'sku' missing", null));
        assertThat(detail.messages())
                .extracting(FeedMessageView::outcome)
                .containsExactly(MessageOutcome.ACCEPTED, MessageOutcome.WARNING, MessageOutcome.ERROR);
        assertThat(detail.messages()).extracting(FeedMessageView::verification).containsOnlyNulls();
        assertThat(inFlight().feeds()).isEmpty();
    }

    @Test
    void aCancelThatFailsIsShownAndACancelledFeedEndsCancelled() {
        FeedId id = FeedId.random();
        List<FeedEvent> events = submission(id);
        events.subList(0, 3).forEach(this::apply);
        apply(new FeedDelayedEvent(id, FeedDelay.STUCK, T0.plusSeconds(10)));
        apply(new FeedCancelRequestedEvent(id, ACCOUNT, "50001", T0.plusSeconds(11000)));
        apply(new FeedCancelFailedEvent(id, "Amazon refused: the feed has left the queue"));
        FeedView view = feed(id);
        assertThat(view.delay()).isEqualTo(FeedDelay.STUCK);
        assertThat(view.cancelProblem()).isEqualTo("Amazon refused: the feed has left the queue");
        assertThat(view.status()).isEqualTo(FeedStatus.SUBMITTED);

        apply(new FeedCancelRequestedEvent(id, ACCOUNT, "50001", T0.plusSeconds(11100)));
        assertThat(feed(id).cancelProblem()).isNull();
        apply(new FeedProcessingFinishedEvent(id, ACCOUNT, AmazonFeedStatus.CANCELLED, null, 1, T0.plusSeconds(11200)));
        apply(new FeedFailedEvent(
                id,
                FeedFailure.CANCELLED,
                "Cancelled at your request",
                null,
                List.of(FeedFixtures.entry(1)),
                T0.plusSeconds(11210)));

        view = feed(id);
        assertThat(view.status()).isEqualTo(FeedStatus.CANCELLED);
        assertThat(view.amazonStatus()).isEqualTo(AmazonFeedStatus.CANCELLED);
        assertThat(view.reason()).isEqualTo("Cancelled at your request");
        assertThat(view.finishedAt()).isEqualTo(T0.plusSeconds(11210));
        assertThat(inFlight().feeds()).isEmpty();
        assertThat(inFlight().skus()).isEmpty();
    }

    @Test
    void aFatalFeedFailsWithTheReportsReason() {
        FeedId id = FeedId.random();
        submission(id).subList(0, 5).forEach(this::apply);
        apply(new FeedProcessingFinishedEvent(
                id, ACCOUNT, AmazonFeedStatus.FATAL, "result-1", 1, T0.plusSeconds(2100)));
        apply(new FeedFailedEvent(
                id,
                FeedFailure.FATAL,
                "The feed could not be parsed",
                "c".repeat(64),
                List.of(),
                T0.plusSeconds(2110)));

        FeedView view = feed(id);
        assertThat(view.status()).isEqualTo(FeedStatus.FAILED);
        assertThat(view.amazonStatus()).isEqualTo(AmazonFeedStatus.FATAL);
        assertThat(view.reason()).isEqualTo("The feed could not be parsed");
        assertThat(view.reportDigest()).isEqualTo("c".repeat(64));
        assertThat(inFlight().feeds()).isEmpty();
    }

    @Test
    void everyEventAppliedTwiceGivesTheSameRowsAsOnce() {
        FeedId id = new FeedId("7d1f5a52-0000-4000-8000-000000000001");
        List<FeedEvent> events = submission(id);
        List<FeedDetailView> once = new ArrayList<>();
        for (FeedEvent event : events) {
            apply(event);
            once.add(projection.handle(new FindFeedQuery(id)));
        }
        List<Object> rowsOnce = jdbc.queryForList("select * from feed_message order by message_id").stream()
                .map(Object.class::cast)
                .toList();

        transactions.executeWithoutResult(s -> projection.reset());
        assertThat(projection.handle(new FindFeedQuery(id))).isNull();

        List<FeedDetailView> twice = new ArrayList<>();
        for (FeedEvent event : events) {
            apply(event);
            apply(event); // redelivered
            twice.add(projection.handle(new FindFeedQuery(id)));
        }
        assertThat(twice).isEqualTo(once);
        assertThat(jdbc.queryForList("select * from feed_message order by message_id").stream()
                        .map(Object.class::cast)
                        .toList())
                .isEqualTo(rowsOnce);
    }

    @Test
    void aFeedFinishedBeforeItWasSeenRunningWithNothingAcceptedCompletesWithoutReadBack() {
        FeedId id = FeedId.random();
        List<FeedMessage> msgs = messages(2);
        List<FeedEvent> events = submission(id);
        apply(built(id, FeedKind.SUBMISSION, msgs, T0));
        apply(events.get(1));
        apply(events.get(2));
        apply(new FeedProcessingFinishedEvent(id, ACCOUNT, AmazonFeedStatus.DONE, "result-1", 1, T0.plusSeconds(60)));
        FeedView view = feed(id);
        assertThat(view.status()).isEqualTo(FeedStatus.IN_PROGRESS);
        assertThat(view.amazonStatus()).isEqualTo(AmazonFeedStatus.DONE);
        assertThat(view.cancellable()).isFalse();

        apply(new FeedProcessedEvent(
                id,
                "b".repeat(64),
                new FeedSummary(2, 0, 2, 2, 0),
                List.of(result(msgs.get(0), MessageOutcome.ERROR), result(msgs.get(1), MessageOutcome.ERROR)),
                List.of(),
                T0.plusSeconds(70)));
        assertThat(feed(id).status()).isEqualTo(FeedStatus.IN_PROGRESS);
        assertThat(feed(id).pending()).isZero();
        assertThat(inFlight().skus()).isEmpty();

        apply(new FeedCompletedEvent(id, 0, 0, 2, 0, 0, 0, T0.plusSeconds(70)));
        view = feed(id);
        assertThat(view.status()).isEqualTo(FeedStatus.COMPLETED);
        assertThat(view.errors()).isEqualTo(2);
        assertThat(inFlight().feeds()).isEmpty();
    }

    @Test
    void aReportThatCouldNotBeReadIsShownWithoutChangingTheStatusUntilTheReportIsApplied() {
        FeedId id = FeedId.random();
        List<FeedMessage> msgs = messages(2);
        List<FeedEvent> events = submission(id);
        apply(built(id, FeedKind.SUBMISSION, msgs, T0));
        apply(events.get(1));
        apply(events.get(2));
        apply(new FeedProcessingFinishedEvent(id, ACCOUNT, AmazonFeedStatus.DONE, "result-1", 1, T0.plusSeconds(60)));
        apply(new FeedReportFailedEvent(id, 1, "download timed out"));
        apply(new FeedReportFailedEvent(id, 1, "download timed out")); // redelivered

        FeedView view = feed(id);
        assertThat(view.status()).isEqualTo(FeedStatus.IN_PROGRESS);
        assertThat(view.amazonStatus()).isEqualTo(AmazonFeedStatus.DONE);
        assertThat(view.reason())
                .isEqualTo("Amazon's processing report could not be read (attempt 1): download timed out");
        assertThat(inFlight().feeds()).extracting(FeedView::feedId).containsExactly(id);

        apply(new FeedProcessingFinishedEvent(id, ACCOUNT, AmazonFeedStatus.DONE, "result-1", 2, T0.plusSeconds(90)));
        apply(new FeedReportFailedEvent(id, 2, "not a processing report"));
        assertThat(feed(id).reason())
                .isEqualTo("Amazon's processing report could not be read (attempt 2): not a processing report");

        apply(new FeedProcessedEvent(
                id,
                "b".repeat(64),
                new FeedSummary(2, 2, 0, 0, 0),
                List.of(result(msgs.get(0), MessageOutcome.ACCEPTED), result(msgs.get(1), MessageOutcome.ACCEPTED)),
                List.of(),
                T0.plusSeconds(120)));
        assertThat(feed(id).reason()).isNull();
        assertThat(feed(id).status()).isIn(FeedStatus.IN_PROGRESS, FeedStatus.VERIFYING);
    }

    @Test
    void isRebuiltByTheAdminReplay() {
        assertThat(ReplayableProjections.NAMES).contains(FeedProjection.GROUP);
        assertThat(FeedProjection.GROUP).isEqualTo("feeds");
    }

    @Test
    void eventsOfAnUnknownFeedChangeNothing() {
        FeedId id = FeedId.random();
        apply(new FeedSubmittedEvent(id, ACCOUNT, UK, "1", false, T0));
        assertThat(projection.handle(new FindFeedQuery(id))).isNull();
    }

    @Test
    void listsNewestFirstFilteredAndPaged() {
        AccountId other = new AccountId("acc-other");
        for (int i = 0; i < 5; i++) {
            apply(built(
                    new FeedId("feed-" + i),
                    i % 2 == 0 ? FeedKind.SUBMISSION : FeedKind.DRY_RUN,
                    messages(1),
                    T0.plusSeconds(i)));
        }
        apply(new FeedBuiltEvent(
                new FeedId("feed-other"),
                other,
                new MarketplaceId("A1PA6795UKMFR9"),
                FeedKind.SUBMISSION,
                messages(1),
                new FeedPayloadRef("d".repeat(64), 1),
                T0.plusSeconds(100)));

        FeedPage all = projection.handle(new ListFeedsQuery(null, null, 0, 50));
        assertThat(all.total()).isEqualTo(6);
        assertThat(all.feeds())
                .extracting(f -> f.feedId().value())
                .containsExactly("feed-other", "feed-4", "feed-3", "feed-2", "feed-1", "feed-0");

        FeedPage submissions = projection.handle(new ListFeedsQuery(ACCOUNT, FeedKind.SUBMISSION, 0, 2));
        assertThat(submissions.total()).isEqualTo(3);
        assertThat(submissions.feeds()).extracting(f -> f.feedId().value()).containsExactly("feed-4", "feed-2");
        assertThat(projection
                        .handle(new ListFeedsQuery(ACCOUNT, FeedKind.SUBMISSION, 1, 2))
                        .feeds())
                .extracting(f -> f.feedId().value())
                .containsExactly("feed-0");

        assertThat(projection.handle(new ListFeedsQuery(ACCOUNT, null, 0, 0)).feeds())
                .hasSize(1);
        assertThat(projection.handle(new ListFeedsQuery(null, null, -3, 10_000)).feeds())
                .hasSize(6);
        assertThat(projection
                        .handle(new ListFeedsQuery(other, FeedKind.DRY_RUN, 0, 50))
                        .total())
                .isZero();
    }

    @Test
    void inFlightCoversOnlyUnfinishedSubmissionsOfTheTarget() {
        FeedId running = FeedId.random();
        apply(built(running, FeedKind.SUBMISSION, messages(2), T0));
        apply(built(FeedId.random(), FeedKind.DRY_RUN, messages(3), T0));
        FeedId done = FeedId.random();
        apply(built(done, FeedKind.SUBMISSION, List.of(FeedFixtures.message(9)), T0));
        apply(new FeedFailedEvent(done, FeedFailure.NOT_SUBMITTED, "Amazon refused the feed", null, List.of(), T0));
        apply(new FeedBuiltEvent(
                FeedId.random(),
                ACCOUNT,
                new MarketplaceId("A1PA6795UKMFR9"),
                FeedKind.SUBMISSION,
                List.of(FeedFixtures.message(8)),
                new FeedPayloadRef("d".repeat(64), 1),
                T0));

        FeedsInFlightView view = inFlight();
        assertThat(view.feeds()).extracting(FeedView::feedId).containsExactly(running);
        assertThat(view.skus()).containsExactlyInAnyOrder("SKU-1", "SKU-2");
        assertThat(projection
                        .handle(new FindFeedsInFlightQuery(new AccountId("nobody"), UK))
                        .feeds())
                .isEmpty();
    }

    @Test
    void pushesEveryChangeOfAFeedToItsSubscribersOnly() {
        FeedId watched = FeedId.random();
        FeedId other = FeedId.random();
        apply(built(watched, FeedKind.SUBMISSION, messages(2), T0));
        UpdateHandlerRegistration<Object> registration = emitter.registerUpdateHandler(
                new GenericSubscriptionQueryMessage<>(
                        new FindFeedQuery(watched),
                        ResponseTypes.instanceOf(FeedDetailView.class),
                        ResponseTypes.instanceOf(FeedDetailView.class)),
                256);
        List<FeedDetailView> updates = new CopyOnWriteArrayList<>();
        registration.getUpdates().subscribe(u -> updates.add((FeedDetailView) u.getPayload()));
        try {
            apply(new FeedDocumentUploadedEvent(
                    watched, ACCOUNT, UK, "doc", new FeedPayloadRef("a".repeat(64), 1), T0));
            apply(built(other, FeedKind.SUBMISSION, messages(1), T0));
            apply(new FeedSubmittedEvent(watched, ACCOUNT, UK, "50002", false, T0.plusSeconds(1)));

            assertThat(updates)
                    .extracting(u -> u.feed().status())
                    .containsExactly(FeedStatus.UPLOADED, FeedStatus.SUBMITTED);
            assertThat(updates).allSatisfy(u -> assertThat(u.feed().feedId()).isEqualTo(watched));
            assertThat(updates.get(1).messages()).hasSize(2);
        } finally {
            registration.getRegistration().cancel();
        }
    }

    @Test
    void appliesAReportOf25000ResultsInOneGo() {
        FeedId id = FeedId.random();
        List<FeedMessage> msgs = messages(25_000);
        long buildStart = System.nanoTime();
        apply(built(id, FeedKind.SUBMISSION, msgs, T0));
        Duration build = Duration.ofNanos(System.nanoTime() - buildStart);

        List<MessageResult> results = new ArrayList<>(msgs.size());
        for (FeedMessage m : msgs) {
            MessageOutcome outcome = m.messageId() % 10 == 0
                    ? MessageOutcome.ERROR
                    : m.messageId() % 10 == 1 ? MessageOutcome.WARNING : MessageOutcome.ACCEPTED;
            results.add(result(m, outcome));
        }
        FeedProcessedEvent processed = new FeedProcessedEvent(
                id,
                "e".repeat(64),
                new FeedSummary(25_000, 22_500, 2_500, 2_500, 2_500),
                results,
                List.of(),
                T0.plusSeconds(600));
        long applyStart = System.nanoTime();
        apply(processed);
        Duration apply = Duration.ofNanos(System.nanoTime() - applyStart);
        long againStart = System.nanoTime();
        apply(processed);
        Duration again = Duration.ofNanos(System.nanoTime() - againStart);

        List<VerifiedItem> items = msgs.stream()
                .filter(m -> m.messageId() % 10 != 0)
                .map(m -> new VerifiedItem(
                        m.messageId(), m.sku(), VerificationState.VERIFIED, m.price(), m.quantity(), m.entries()))
                .toList();
        long verifyStart = System.nanoTime();
        apply(new FeedItemsVerifiedEvent(id, items, T0.plusSeconds(700)));
        Duration verify = Duration.ofNanos(System.nanoTime() - verifyStart);

        long readStart = System.nanoTime();
        FeedDetailView detail = projection.handle(new FindFeedQuery(id));
        Duration read = Duration.ofNanos(System.nanoTime() - readStart);

        System.out.printf(
                "25,000 messages: built %d ms, report applied %d ms (%.0f results/s), again %d ms, 22,500 verified %d ms,"
                        + " detail read %d ms%n",
                build.toMillis(),
                apply.toMillis(),
                25_000 / (apply.toNanos() / 1e9),
                again.toMillis(),
                verify.toMillis(),
                read.toMillis());
        assertThat(detail.messages()).hasSize(25_000);
        FeedView view = detail.feed();
        assertThat(List.of(view.accepted(), view.warnings(), view.errors(), view.verified(), view.pending()))
                .containsExactly(20_000, 2_500, 2_500, 22_500, 0);
        assertThat(apply).isLessThan(Duration.ofSeconds(10));
    }
}
