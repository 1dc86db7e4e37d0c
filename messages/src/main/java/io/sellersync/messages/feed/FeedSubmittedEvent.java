// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.feed;

import io.sellersync.messages.accounts.AccountId;
import io.sellersync.messages.shared.MarketplaceId;
import java.time.Instant;

/** Amazon has the feed as {@code amazonFeedId} ({@code recovered}: found with getFeeds after an ambiguous failure). */
public record FeedSubmittedEvent(
        FeedId feedId,
        AccountId accountId,
        MarketplaceId marketplaceId,
        String amazonFeedId,
        boolean recovered,
        Instant at)
        implements FeedEvent {

    @Override
    public String describe() {
        return "Feed %s submitted to Amazon as feed %s%s"
                .formatted(FeedEvent.shortId(feedId), amazonFeedId, recovered ? " (found after a lost answer)" : "");
    }
}
