// SPDX-License-Identifier: Apache-2.0
package io.sellersync.query.feed;

import io.sellersync.messages.accounts.AccountId;
import io.sellersync.messages.feed.AmazonFeedStatus;
import io.sellersync.messages.feed.FeedBuiltEvent;
import io.sellersync.messages.feed.FeedDelay;
import io.sellersync.messages.feed.FeedId;
import io.sellersync.messages.feed.FeedKind;
import io.sellersync.messages.feed.FeedStatus;
import io.sellersync.messages.feed.FeedView;
import io.sellersync.messages.shared.MarketplaceId;
import io.sellersync.messages.twophase.SyncRunId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One feed of the History. Counts are what the events say (the message rows hold the detail); every setter writes an
 * absolute value, so applying the same event twice leaves the same row.
 */
@Entity
@Table(name = "feed")
class FeedEntity {

    @Id
    @Column(name = "feed_id")
    private String feedId;

    @Column(name = "account_id")
    private String accountId;

    @Column(name = "marketplace_id")
    private String marketplaceId;

    @Enumerated(EnumType.STRING)
    private FeedKind kind;

    @Enumerated(EnumType.STRING)
    private FeedStatus status;

    @Column(name = "amazon_feed_id")
    private String amazonFeedId;

    @Enumerated(EnumType.STRING)
    @Column(name = "amazon_status")
    private AmazonFeedStatus amazonStatus;

    private int messages;
    private int accepted;
    private int warnings;
    private int errors;
    private int verified;
    private int mismatched;

    @Column(name = "timed_out")
    private int timedOut;

    private int pending;

    @Enumerated(EnumType.STRING)
    private FeedDelay delay;

    private String reason;

    @Column(name = "cancel_problem")
    private String cancelProblem;

    @Column(name = "payload_digest")
    private String payloadDigest;

    @Column(name = "report_digest")
    private String reportDigest;

    /** JSON array of the issues that concern no single message. */
    @Column(name = "feed_issues")
    private String feedIssues;

    @Column(name = "built_at")
    private Instant builtAt;

    @Column(name = "run_id")
    private String runId;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "processing_started_at")
    private Instant processingStartedAt;

    @Column(name = "processed_at")
    private Instant processedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    protected FeedEntity() {}

    FeedEntity(FeedBuiltEvent event) {
        this.feedId = event.feedId().value();
        this.accountId = event.accountId().value();
        this.marketplaceId = event.marketplaceId().value();
        this.kind = event.kind();
        this.status = event.kind() == FeedKind.DRY_RUN ? FeedStatus.VALIDATING : FeedStatus.BUILT;
        this.messages = event.messages().size();
        this.payloadDigest = event.payload() == null ? null : event.payload().digest();
        this.feedIssues = "[]";
        this.builtAt = event.builtAt();
        this.runId = event.runId() == null ? null : event.runId().value();
    }

    String feedId() {
        return feedId;
    }

    FeedKind kind() {
        return kind;
    }

    FeedStatus status() {
        return status;
    }

    boolean finished() {
        return status.finished();
    }

    /** Moves to {@code next} unless the feed has already finished (a late or repeated event changes nothing). */
    void advance(FeedStatus next) {
        if (!status.finished()) {
            this.status = next;
        }
    }

    void uploaded() {
        if (status == FeedStatus.BUILT) {
            this.status = FeedStatus.UPLOADED;
        }
    }

    void submitted(String amazonFeedId, Instant at) {
        this.amazonFeedId = amazonFeedId;
        this.submittedAt = at;
        if (status == FeedStatus.BUILT || status == FeedStatus.UPLOADED) {
            this.status = FeedStatus.SUBMITTED;
            this.amazonStatus = AmazonFeedStatus.IN_QUEUE;
        }
    }

    void started(Instant at) {
        this.processingStartedAt = at;
        this.delay = null; // no longer waiting in Amazon's queue
        if (status == FeedStatus.SUBMITTED || status == FeedStatus.UPLOADED || status == FeedStatus.BUILT) {
            this.status = FeedStatus.IN_PROGRESS;
            this.amazonStatus = AmazonFeedStatus.IN_PROGRESS;
        }
    }

    void delayed(FeedDelay delay) {
        if (status == FeedStatus.SUBMITTED) {
            this.delay = delay;
        }
    }

    void amazonFinished(AmazonFeedStatus amazon) {
        if (status.finished()) {
            return;
        }
        this.amazonStatus = amazon;
        this.delay = null;
        if (status == FeedStatus.SUBMITTED || status == FeedStatus.UPLOADED || status == FeedStatus.BUILT) {
            this.status = FeedStatus.IN_PROGRESS; // Amazon is done; we are reading its report
        }
    }

    void cancelRequested() {
        this.cancelProblem = null;
    }

    void cancelFailed(String problem) {
        this.cancelProblem = problem;
    }

    void validated(Instant at, String feedIssues) {
        this.feedIssues = feedIssues;
        this.processedAt = at;
        this.finishedAt = at;
        this.status = FeedStatus.VALIDATED;
    }

    /** The report could not be read this time: the problem shows until the report is applied; the status stays. */
    void reportFailed(int attempt, String problem) {
        if (!status.finished()) {
            this.reason = "Amazon's processing report could not be read (attempt %d): %s".formatted(attempt, problem);
        }
    }

    void processed(String reportDigest, String feedIssues, Instant at) {
        this.reason = null; // a report problem is over: the report (or read-back without it) decides now
        this.reportDigest = reportDigest;
        this.feedIssues = feedIssues;
        this.processedAt = at;
        if (!status.finished()) {
            this.amazonStatus = AmazonFeedStatus.DONE;
        }
    }

    /** Counts from the message rows; a submission with read-backs pending is {@code VERIFYING}. */
    void counted(MessageCounts counts) {
        this.accepted = counts.accepted();
        this.warnings = counts.warnings();
        this.errors = counts.errors();
        this.verified = counts.verified();
        this.mismatched = counts.mismatched();
        this.timedOut = counts.timedOut();
        this.pending = status.finished() ? 0 : counts.pending();
        if (kind == FeedKind.SUBMISSION && !status.finished() && processedAt != null && pending > 0) {
            this.status = FeedStatus.VERIFYING;
        }
    }

    void failed(boolean cancelled, String reason, String reportDigest, Instant at) {
        this.status = cancelled ? FeedStatus.CANCELLED : FeedStatus.FAILED;
        this.reason = reason;
        if (reportDigest != null) {
            this.reportDigest = reportDigest;
        }
        this.pending = 0;
        this.finishedAt = at;
    }

    void completed(MessageCounts counts, Instant at) {
        this.status = FeedStatus.COMPLETED;
        this.accepted = counts.accepted();
        this.warnings = counts.warnings();
        this.errors = counts.errors();
        this.verified = counts.verified();
        this.mismatched = counts.mismatched();
        this.timedOut = counts.timedOut();
        this.pending = 0;
        this.delay = null;
        this.finishedAt = at;
    }

    String feedIssues() {
        return feedIssues;
    }

    FeedView toView() {
        return new FeedView(
                new FeedId(feedId),
                new AccountId(accountId),
                new MarketplaceId(marketplaceId),
                kind,
                status,
                amazonFeedId,
                amazonStatus,
                messages,
                accepted,
                warnings,
                errors,
                verified,
                mismatched,
                timedOut,
                pending,
                delay,
                reason,
                cancelProblem,
                payloadDigest,
                reportDigest,
                builtAt,
                submittedAt,
                processingStartedAt,
                processedAt,
                finishedAt,
                runId == null ? null : new SyncRunId(runId));
    }
}
