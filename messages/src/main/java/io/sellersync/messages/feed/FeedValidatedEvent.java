// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.feed;

import java.time.Instant;
import java.util.List;

/** The dry run ended: per message valid (ACCEPTED), with warnings or with errors, and any feed-level errors. */
public record FeedValidatedEvent(FeedId feedId, List<MessageResult> results, List<String> feedErrors, Instant at)
        implements FeedEvent {

    public FeedValidatedEvent {
        results = List.copyOf(results);
        feedErrors = List.copyOf(feedErrors);
    }

    @Override
    public String describe() {
        long errors = results.stream()
                .filter(r -> r.outcome() == MessageOutcome.ERROR)
                .count();
        return "Dry run %s validated: %d of %d message(s) valid%s"
                .formatted(
                        FeedEvent.shortId(feedId),
                        results.size() - errors,
                        results.size(),
                        feedErrors.isEmpty() ? "" : ", " + feedErrors.size() + " feed error(s)");
    }
}
