// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.feed;

import java.time.Instant;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The dry run's verdict: one result per message, plus problems of the feed as a whole (schema). */
public record RecordFeedValidationCommand(
        @TargetAggregateIdentifier FeedId feedId, List<ReportIssue> issues, List<String> feedErrors, Instant at) {

    public RecordFeedValidationCommand {
        issues = List.copyOf(issues);
        feedErrors = List.copyOf(feedErrors);
    }
}
