// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.feed;

import io.sellersync.messages.accounts.AccountId;
import io.sellersync.messages.shared.MarketplaceId;
import io.sellersync.messages.shared.Marketplaces;
import java.time.Instant;
import java.util.List;

/** A feed was built: its messages (with the queue entries each carries) and the digest of its exact document. */
public record FeedBuiltEvent(
        FeedId feedId,
        AccountId accountId,
        MarketplaceId marketplaceId,
        FeedKind kind,
        List<FeedMessage> messages,
        FeedPayloadRef payload,
        Instant builtAt)
        implements FeedEvent {

    public FeedBuiltEvent {
        messages = List.copyOf(messages);
    }

    @Override
    public String describe() {
        return "%s %s built for Amazon %s with %d message(s)"
                .formatted(
                        kind == FeedKind.DRY_RUN ? "Dry run" : "Feed",
                        FeedEvent.shortId(feedId),
                        Marketplaces.countryCode(marketplaceId),
                        messages.size());
    }
}
