// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.feed;

import io.sellersync.messages.accounts.AccountId;
import io.sellersync.messages.shared.MarketplaceId;
import java.time.Instant;
import java.util.List;

/**
 * Read-back round {@code round}: these accepted messages are not verified yet; read them from Amazon. A message still
 * different at its deadline ({@code newSkuDeadline} for new SKUs) ends as mismatch or timed out.
 */
public record FeedVerificationRequestedEvent(
        FeedId feedId,
        AccountId accountId,
        MarketplaceId marketplaceId,
        int round,
        List<ExpectedOffer> pending,
        Instant deadline,
        Instant newSkuDeadline,
        Instant at)
        implements FeedEvent {

    public FeedVerificationRequestedEvent {
        pending = List.copyOf(pending);
    }

    @Override
    public String describe() {
        return "Feed %s: read-back round %d for %d SKU(s)".formatted(FeedEvent.shortId(feedId), round, pending.size());
    }
}
