// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.feed;

import io.sellersync.messages.accounts.AccountId;
import java.time.Instant;

/** The user asked to cancel the feed while it waited in Amazon's queue; {@code cancelFeed} follows. */
public record FeedCancelRequestedEvent(FeedId feedId, AccountId accountId, String amazonFeedId, Instant at)
        implements FeedEvent {

    @Override
    public String describe() {
        return "Cancellation of feed %s requested".formatted(FeedEvent.shortId(feedId));
    }
}
