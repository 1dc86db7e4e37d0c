// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.feed;

import java.time.Instant;
import java.util.List;

/**
 * The processing report of a {@code DONE} feed, applied: one result per message (accepted, warning or error, with the
 * entries it carries), issues that concern no message, Amazon's summary and the report's digest.
 */
public record FeedProcessedEvent(
        FeedId feedId,
        String reportDigest,
        FeedSummary summary,
        List<MessageResult> results,
        List<FeedIssue> feedIssues,
        Instant at)
        implements FeedEvent {

    public FeedProcessedEvent {
        results = List.copyOf(results);
        feedIssues = List.copyOf(feedIssues);
    }

    @Override
    public String describe() {
        return "Feed %s processed by Amazon: %d accepted, %d with errors"
                .formatted(FeedEvent.shortId(feedId), summary.messagesAccepted(), summary.messagesInvalid());
    }
}
