// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.feed;

import java.time.Instant;

/** Amazon started processing the feed ({@code IN_PROGRESS} first seen). */
public record FeedProcessingStartedEvent(FeedId feedId, Instant at) implements FeedEvent {

    @Override
    public String describe() {
        return "Amazon started processing feed " + FeedEvent.shortId(feedId);
    }
}
