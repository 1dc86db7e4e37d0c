// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.feed;

import java.time.Instant;

/** Nothing of the feed is pending any more: how its messages ended. */
public record FeedCompletedEvent(
        FeedId feedId, int accepted, int warnings, int errors, int verified, int mismatched, int timedOut, Instant at)
        implements FeedEvent {

    @Override
    public String describe() {
        return "Feed %s completed: %d verified, %d with errors, %d mismatched, %d timed out"
                .formatted(FeedEvent.shortId(feedId), verified, errors, mismatched, timedOut);
    }
}
