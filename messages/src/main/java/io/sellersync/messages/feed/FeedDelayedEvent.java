// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.feed;

import java.time.Instant;

/** The feed has waited in Amazon's queue since {@code since}: {@code SLOW} is a warning, {@code STUCK} an alert. */
public record FeedDelayedEvent(FeedId feedId, FeedDelay delay, Instant since) implements FeedEvent {

    @Override
    public String describe() {
        return delay == FeedDelay.STUCK
                ? "Feed %s is stuck in Amazon's queue since %s; it can be cancelled"
                        .formatted(FeedEvent.shortId(feedId), since)
                : "Feed %s is waiting in Amazon's queue longer than usual (since %s)"
                        .formatted(FeedEvent.shortId(feedId), since);
    }
}
