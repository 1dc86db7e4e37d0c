// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.feed;

import java.time.Instant;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The processing report of a {@code DONE} feed, parsed: its summary and every issue (stored by {@code reportDigest}).
 * The aggregate maps issues to messages by {@code messageId}, then by {@code sku}; a message without issues is accepted.
 */
public record RecordFeedReportCommand(
        @TargetAggregateIdentifier FeedId feedId,
        String reportDigest,
        FeedSummary summary,
        List<ReportIssue> issues,
        Instant at) {

    public RecordFeedReportCommand {
        issues = List.copyOf(issues);
    }
}
