// SPDX-License-Identifier: Apache-2.0
package io.sellersync.command.feed;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.sellersync.messages.accounts.AccountId;
import io.sellersync.messages.feed.AmazonFeedStatus;
import io.sellersync.messages.feed.BuildFeedCommand;
import io.sellersync.messages.feed.CancelFeedCommand;
import io.sellersync.messages.feed.FeedBuiltEvent;
import io.sellersync.messages.feed.FeedCancelFailedEvent;
import io.sellersync.messages.feed.FeedCancelRequestedEvent;
import io.sellersync.messages.feed.FeedCompletedEvent;
import io.sellersync.messages.feed.FeedDelay;
import io.sellersync.messages.feed.FeedDelayedEvent;
import io.sellersync.messages.feed.FeedDocumentUploadedEvent;
import io.sellersync.messages.feed.FeedEvent;
import io.sellersync.messages.feed.FeedFailedEvent;
import io.sellersync.messages.feed.FeedFailure;
import io.sellersync.messages.feed.FeedId;
import io.sellersync.messages.feed.FeedIssue;
import io.sellersync.messages.feed.FeedItemsVerifiedEvent;
import io.sellersync.messages.feed.FeedKind;
import io.sellersync.messages.feed.FeedMessage;
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
import io.sellersync.messages.feed.RequestFeedVerificationCommand;
import io.sellersync.messages.feed.VerificationState;
import io.sellersync.messages.feed.VerifiedItem;
import io.sellersync.messages.queue.QueueItemId;
import io.sellersync.messages.shared.BusinessException;
import io.sellersync.messages.shared.ErrorCode;
import io.sellersync.messages.shared.MarketplaceId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;

/**
 * One feed: a dry run (validated, never sent) or a submission (uploaded, submitted, polled, its report applied, its
 * accepted messages read back). It holds the feed's safety rules, so a saga or handler bug cannot break them: one
 * step after the other, cancel only while Amazon has it queued, at most {@link #MAX_REPORT_ATTEMPTS} reads of the
 * report, results mapped to the messages built. Every command is idempotent: a repeat changes nothing.
 */
class Feed {

    static final int MAX_REPORT_ATTEMPTS = 5;

    /** The feed-level issue of a DONE feed whose report could not be read: read-back decides every SKU. */
    static final FeedIssue REPORT_UNREADABLE = new FeedIssue(
            "REPORT_UNREADABLE",
            "WARNING",
            "Amazon's processing report could not be read; every SKU is verified by read-back",
            null);

    /** Where the feed is; VALIDATED, COMPLETED and FAILED are final. */
    enum Phase {
        BUILT,
        VALIDATED,
        UPLOADED,
        SUBMITTED,
        STARTED,
        FINISHED,
        VERIFYING,
        COMPLETED,
        FAILED
    }

    @AggregateIdentifier
    private FeedId feedId;

    private AccountId accountId;
    private MarketplaceId marketplaceId;
    private FeedKind kind;
    private FeedPayloadRef payload;
    /** The limits of a phase of a two-phase run; null = the application's (FeedTimings). */
    private ReadBackLimits readBack;

    private final Map<Integer, FeedMessage> messages = new LinkedHashMap<>();
    private Phase phase;
    private String amazonFeedId;
    private final Set<FeedDelay> delays = EnumSet.noneOf(FeedDelay.class);
    private boolean cancelRequested;
    private AmazonFeedStatus finishedStatus;
    private int reportAttempts;
    /** A read of the report failed since the last FeedProcessingFinishedEvent: the next terminal poll retries it. */
    private boolean reportFailed;

    private Instant processedAt;
    private final Map<Integer, FeedMessage> pending = new LinkedHashMap<>();
    private int round;
    private Instant lastRoundAt;
    private Instant deadline;
    private Instant newSkuDeadline;
    /** When the first message was verified live (the start of {@link ReadBackLimits#settleAfterFirst()}). */
    private Instant firstVerifiedAt;
    /** accepted, warnings, errors (by MessageOutcome), then verified, mismatched, timed out (by VerificationState). */
    private final int[] counts = new int[6];

    Feed() {}

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(BuildFeedCommand command) {
        if (phase != null) {
            return; // built already
        }
        FeedRules.checkBuild(command);
        apply(new FeedBuiltEvent(
                command.feedId(),
                command.accountId(),
                command.marketplaceId(),
                command.kind(),
                command.messages(),
                command.payload(),
                command.requestedAt(),
                command.runId(),
                command.readBack()));
    }

    @CommandHandler
    void handle(RecordFeedValidationCommand command) {
        if (kind != FeedKind.DRY_RUN) {
            throw conflict("Feed %s is a submission: Amazon processes it, no dry-run verdict applies");
        }
        if (phase != Phase.BUILT) {
            return;
        }
        FeedIssueMapping mapping = FeedIssueMapping.map(messages.values(), command.issues());
        List<String> feedErrors = new ArrayList<>(command.feedErrors());
        mapping.feedIssues.stream()
                .filter(i -> !"INFO".equalsIgnoreCase(i.severity()))
                .map(FeedIssue::message)
                .forEach(feedErrors::add);
        apply(new FeedValidatedEvent(feedId, mapping.results, feedErrors, command.at()));
    }

    @CommandHandler
    void handle(RecordFeedDocumentUploadedCommand command) {
        requireSubmission();
        if (phase == Phase.BUILT) {
            apply(new FeedDocumentUploadedEvent(
                    feedId, accountId, marketplaceId, command.feedDocumentId(), payload, command.at()));
        }
    }

    @CommandHandler
    void handle(RecordFeedSubmittedCommand command) {
        requireSubmission();
        if (command.amazonFeedId() == null || command.amazonFeedId().isBlank()) {
            throw BusinessException.invalid("amazonFeedId", "Amazon's feed id is required");
        }
        if (amazonFeedId != null && !amazonFeedId.equals(command.amazonFeedId())) {
            throw new BusinessException(
                    ErrorCode.CONFLICT,
                    "amazonFeedId",
                    "Feed %s is already Amazon feed %s".formatted(FeedEvent.shortId(feedId), amazonFeedId));
        }
        if (phase == Phase.BUILT) {
            throw conflict("Feed %s is not uploaded yet, so Amazon cannot have it");
        }
        if (phase == Phase.UPLOADED) {
            apply(new FeedSubmittedEvent(
                    feedId, accountId, marketplaceId, command.amazonFeedId(), command.recovered(), command.at()));
        }
    }

    @CommandHandler
    void handle(RecordFeedStatusCommand command) {
        requireAtAmazon();
        if (command.status() == null) {
            throw BusinessException.invalid("status", "Amazon's processing status is required");
        }
        if (ended() || phase == Phase.VERIFYING) {
            return;
        }
        if (command.status() == AmazonFeedStatus.IN_PROGRESS && phase == Phase.SUBMITTED) {
            apply(new FeedProcessingStartedEvent(feedId, command.checkedAt()));
        } else if (command.status().terminal()) {
            if (phase != Phase.FINISHED) {
                apply(new FeedProcessingFinishedEvent(
                        feedId, accountId, command.status(), command.resultDocumentId(), 1, command.checkedAt()));
            } else if (!reportFailed) {
                return; // the report of this attempt is still being read
            } else if (reportAttempts >= MAX_REPORT_ATTEMPTS) {
                reportUnreadable(command.checkedAt());
            } else {
                apply(new FeedProcessingFinishedEvent(
                        feedId,
                        accountId,
                        command.status(),
                        command.resultDocumentId(),
                        reportAttempts + 1,
                        command.checkedAt()));
            }
        }
    }

    @CommandHandler
    void handle(RecordFeedReportFailedCommand command) {
        requireAtAmazon();
        if (ended() || phase == Phase.VERIFYING || (phase == Phase.FINISHED && reportFailed)) {
            return; // applied, ended, or this attempt's failure is known
        }
        if (phase != Phase.FINISHED) {
            throw conflict("Amazon has not finished feed %s yet, so there is no report to read");
        }
        apply(new FeedReportFailedEvent(feedId, reportAttempts, command.reason()));
    }

    /**
     * The report could not be read {@link #MAX_REPORT_ATTEMPTS} times. Amazon did process a DONE feed, so its entries
     * are not failed: every message counts as accepted and read-back decides. A FATAL or CANCELLED feed fails.
     */
    private void reportUnreadable(Instant at) {
        if (finishedStatus != AmazonFeedStatus.DONE) {
            String why = finishedStatus == AmazonFeedStatus.CANCELLED
                    ? "Amazon cancelled the feed"
                    : "Amazon stopped the feed (FATAL)";
            FeedFailure failure =
                    finishedStatus == AmazonFeedStatus.CANCELLED ? FeedFailure.CANCELLED : FeedFailure.FATAL;
            apply(failed(failure, why + "; Amazon's report could not be read", null, at));
            return;
        }
        List<MessageResult> results = messages.values().stream()
                .map(m -> new MessageResult(m.messageId(), m.sku(), MessageOutcome.ACCEPTED, List.of(), m.entries()))
                .toList();
        int n = results.size();
        apply(new FeedProcessedEvent(
                feedId, null, new FeedSummary(n, n, 0, 0, 1), results, List.of(REPORT_UNREADABLE), at));
        if (pending.isEmpty()) {
            apply(completed(at));
        }
    }

    @CommandHandler
    void handle(RecordFeedDelayCommand command) {
        requireSubmission();
        boolean known = delays.contains(command.delay()) || delays.contains(FeedDelay.STUCK);
        if (phase == Phase.SUBMITTED && command.delay() != null && !known) {
            apply(new FeedDelayedEvent(feedId, command.delay(), command.since()));
        }
    }

    @CommandHandler
    void handle(CancelFeedCommand command) {
        requireSubmission();
        if (cancelRequested && phase == Phase.SUBMITTED) {
            return; // asked already
        }
        switch (phase) {
            case BUILT, UPLOADED -> throw conflict("Feed %s is not at Amazon yet; it can be cancelled once it is");
            case SUBMITTED -> apply(new FeedCancelRequestedEvent(feedId, accountId, amazonFeedId, command.at()));
            case STARTED, FINISHED, VERIFYING ->
                throw conflict("Amazon has already started processing feed %s; it can no longer be cancelled");
            default -> throw conflict("Feed %s has ended; there is nothing to cancel");
        }
    }

    @CommandHandler
    void handle(RecordFeedCancelFailedCommand command) {
        if (cancelRequested) {
            apply(new FeedCancelFailedEvent(feedId, command.reason()));
        }
    }

    @CommandHandler
    void handle(RecordFeedFailedCommand command) {
        requireSubmission();
        if (command.failure() == null) {
            throw BusinessException.invalid("failure", "Say why the feed failed");
        }
        if (ended() || phase == Phase.VERIFYING) {
            return;
        }
        boolean atAmazon = amazonFeedId != null;
        if (atAmazon == (command.failure() == FeedFailure.NOT_SUBMITTED)) {
            throw new BusinessException(
                    ErrorCode.CONFLICT,
                    "failure",
                    atAmazon
                            ? "Feed %s is at Amazon as feed %s".formatted(FeedEvent.shortId(feedId), amazonFeedId)
                            : "Feed %s never reached Amazon".formatted(FeedEvent.shortId(feedId)));
        }
        apply(failed(command.failure(), command.reason(), command.reportDigest(), command.at()));
    }

    @CommandHandler
    void handle(RecordFeedReportCommand command) {
        requireAtAmazon();
        if (ended() || phase == Phase.VERIFYING) {
            return;
        }
        if (phase != Phase.FINISHED || finishedStatus != AmazonFeedStatus.DONE) {
            throw conflict("Amazon has not finished feed %s with a processing report yet");
        }
        FeedIssueMapping mapping = FeedIssueMapping.map(messages.values(), command.issues());
        apply(new FeedProcessedEvent(
                feedId, command.reportDigest(), command.summary(), mapping.results, mapping.feedIssues, command.at()));
        if (pending.isEmpty()) {
            apply(completed(command.at()));
        }
    }

    /** A read-back round is due: messages past their deadline and the grace time end as timed out. */
    @CommandHandler
    void handle(RequestFeedVerificationCommand command, FeedTimings timings) {
        Instant now = command.now();
        if (phase != Phase.VERIFYING || (lastRoundAt != null && !now.isAfter(lastRoundAt))) {
            return;
        }
        Instant due = deadline != null
                ? deadline
                : processedAt.plus(readBack != null ? readBack.verifyTimeout() : timings.verifyTimeout());
        Instant dueNew = newSkuDeadline != null
                ? newSkuDeadline
                : processedAt.plus(readBack != null ? readBack.verifyTimeoutNewSku() : timings.verifyTimeoutNewSku());
        List<VerifiedItem> over = pending.values().stream()
                .filter(m -> !now.isBefore(deadlineOf(m, due, dueNew).plus(ReadBack.GRACE)))
                .map(ReadBack::timedOut)
                .toList();
        if (!over.isEmpty()) {
            apply(new FeedItemsVerifiedEvent(feedId, over, now));
        }
        if (pending.isEmpty()) {
            apply(completed(now));
        } else {
            apply(new FeedVerificationRequestedEvent(
                    feedId,
                    accountId,
                    marketplaceId,
                    round + 1,
                    pending.values().stream().map(ReadBack::expected).toList(),
                    due,
                    dueNew,
                    now));
        }
    }

    @CommandHandler
    void handle(RecordFeedVerificationCommand command) {
        if (phase != Phase.VERIFYING) {
            return;
        }
        if (command.round() < 1 || command.round() > round) {
            throw BusinessException.invalid("round", "Read-back round " + command.round() + " was never requested");
        }
        Map<String, ObservedOffer> bySku = command.observed().stream()
                .collect(Collectors.toMap(ObservedOffer::sku, Function.identity(), (a, b) -> b));
        List<VerifiedItem> done = new ArrayList<>();
        for (FeedMessage message : pending.values()) {
            ObservedOffer observed = bySku.get(message.sku());
            if (observed != null) {
                VerifiedItem item =
                        ReadBack.judge(message, observed, command.at(), deadlineOf(message, deadline, newSkuDeadline));
                if (item != null) {
                    done.add(item);
                }
            }
        }
        if (!done.isEmpty()) {
            apply(new FeedItemsVerifiedEvent(feedId, done, command.at()));
        }
        if (pending.isEmpty()) {
            apply(completed(command.at()));
        }
    }

    @EventSourcingHandler
    void on(FeedBuiltEvent event) {
        feedId = event.feedId();
        accountId = event.accountId();
        marketplaceId = event.marketplaceId();
        kind = event.kind();
        payload = event.payload();
        readBack = event.readBack();
        event.messages().forEach(m -> messages.put(m.messageId(), m));
        phase = Phase.BUILT;
    }

    @EventSourcingHandler
    void on(FeedValidatedEvent event) {
        phase = Phase.VALIDATED;
    }

    @EventSourcingHandler
    void on(FeedDocumentUploadedEvent event) {
        phase = Phase.UPLOADED;
    }

    @EventSourcingHandler
    void on(FeedSubmittedEvent event) {
        amazonFeedId = event.amazonFeedId();
        phase = Phase.SUBMITTED;
    }

    @EventSourcingHandler
    void on(FeedProcessingStartedEvent event) {
        phase = Phase.STARTED;
        cancelRequested = false;
    }

    @EventSourcingHandler
    void on(FeedDelayedEvent event) {
        delays.add(event.delay());
    }

    @EventSourcingHandler
    void on(FeedCancelRequestedEvent event) {
        cancelRequested = true;
    }

    @EventSourcingHandler
    void on(FeedCancelFailedEvent event) {
        cancelRequested = false;
    }

    @EventSourcingHandler
    void on(FeedProcessingFinishedEvent event) {
        phase = Phase.FINISHED;
        finishedStatus = event.status();
        reportAttempts = event.attempt();
        reportFailed = false;
        cancelRequested = false;
    }

    @EventSourcingHandler
    void on(FeedReportFailedEvent event) {
        reportFailed = true;
    }

    @EventSourcingHandler
    void on(FeedProcessedEvent event) {
        phase = Phase.VERIFYING;
        processedAt = event.at();
        for (MessageResult result : event.results()) {
            counts[result.outcome().ordinal()]++;
            if (result.outcome() != MessageOutcome.ERROR) {
                pending.put(result.messageId(), messages.get(result.messageId()));
            }
        }
    }

    @EventSourcingHandler
    void on(FeedVerificationRequestedEvent event) {
        round = event.round();
        lastRoundAt = event.at();
        deadline = event.deadline();
        newSkuDeadline = event.newSkuDeadline();
    }

    @EventSourcingHandler
    void on(FeedItemsVerifiedEvent event) {
        if (firstVerifiedAt == null && event.items().stream().anyMatch(i -> i.state() == VerificationState.VERIFIED)) {
            firstVerifiedAt = event.at();
        }
        for (VerifiedItem item : event.items()) {
            pending.remove(item.messageId());
            counts[2 + item.state().ordinal()]++;
        }
    }

    @EventSourcingHandler
    void on(FeedCompletedEvent event) {
        phase = Phase.COMPLETED;
    }

    @EventSourcingHandler
    void on(FeedFailedEvent event) {
        phase = Phase.FAILED;
    }

    /**
     * When a message's read-back ends: its deadline, cut short to {@link ReadBackLimits#settleAfterFirst()} after the
     * first verified message when the feed's limits set one (so one slow SKU does not hold a run's batch).
     */
    private Instant deadlineOf(FeedMessage message, Instant due, Instant dueNew) {
        Instant own = ReadBack.deadlineOf(message, due, dueNew);
        if (readBack == null || readBack.settleAfterFirst() == null || firstVerifiedAt == null) {
            return own;
        }
        Instant settled = firstVerifiedAt.plus(readBack.settleAfterFirst());
        return settled.isBefore(own) ? settled : own;
    }

    private FeedFailedEvent failed(FeedFailure failure, String reason, String reportDigest, Instant at) {
        List<QueueItemId> entries =
                messages.values().stream().flatMap(m -> m.entries().stream()).toList();
        return new FeedFailedEvent(feedId, failure, reason, reportDigest, entries, at);
    }

    private FeedCompletedEvent completed(Instant at) {
        return new FeedCompletedEvent(feedId, counts[0], counts[1], counts[2], counts[3], counts[4], counts[5], at);
    }

    private boolean ended() {
        return phase == Phase.VALIDATED || phase == Phase.COMPLETED || phase == Phase.FAILED;
    }

    private void requireSubmission() {
        if (kind == FeedKind.DRY_RUN) {
            throw conflict("Dry run %s is only validated; it is never sent to Amazon");
        }
    }

    private void requireAtAmazon() {
        requireSubmission();
        if (amazonFeedId == null) {
            throw conflict("Feed %s is not at Amazon yet");
        }
    }

    private BusinessException conflict(String message) {
        return new BusinessException(ErrorCode.CONFLICT, "feedId", message.formatted(FeedEvent.shortId(feedId)));
    }
}
