// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.feed;

import io.sellersync.messages.accounts.AccountId;
import io.sellersync.messages.shared.MarketplaceId;
import io.sellersync.messages.twophase.SyncRunId;
import java.time.Instant;

/**
 * One feed in the History: what it is, where it is, Amazon's ids and status, counts per outcome and the times of each
 * step (null until reached). {@code reason} explains a failure; {@code delay} marks a feed waiting too long; {@code runId}
 * names the two-phase run the feed is a phase of (null for a plain submission or dry run).
 */
public record FeedView(
        FeedId feedId,
        AccountId accountId,
        MarketplaceId marketplaceId,
        FeedKind kind,
        FeedStatus status,
        String amazonFeedId,
        AmazonFeedStatus amazonStatus,
        int messages,
        int accepted,
        int warnings,
        int errors,
        int verified,
        int mismatched,
        int timedOut,
        int pending,
        FeedDelay delay,
        String reason,
        String cancelProblem,
        String payloadDigest,
        String reportDigest,
        Instant builtAt,
        Instant submittedAt,
        Instant processingStartedAt,
        Instant processedAt,
        Instant finishedAt,
        SyncRunId runId) {

    /** Only a feed Amazon last reported in its queue can be cancelled. */
    public boolean cancellable() {
        return kind == FeedKind.SUBMISSION
                && status == FeedStatus.SUBMITTED
                && amazonStatus == AmazonFeedStatus.IN_QUEUE;
    }
}
