// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.feed;

import io.sellersync.messages.queue.QueueItemId;
import java.time.Instant;
import java.util.List;

/** The feed ended without results ({@code failure}, {@code reason} in words); its entries stay queued. */
public record FeedFailedEvent(
        FeedId feedId, FeedFailure failure, String reason, String reportDigest, List<QueueItemId> entries, Instant at)
        implements FeedEvent {

    public FeedFailedEvent {
        entries = List.copyOf(entries);
    }

    @Override
    public String describe() {
        return "Feed %s failed (%s): %s".formatted(FeedEvent.shortId(feedId), failure, reason);
    }
}
