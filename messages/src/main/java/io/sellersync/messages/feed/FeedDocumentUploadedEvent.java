// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.feed;

import io.sellersync.messages.accounts.AccountId;
import io.sellersync.messages.shared.MarketplaceId;
import java.time.Instant;

/** The payload is uploaded as Amazon feed document {@code feedDocumentId}; {@code createFeed} comes next. */
public record FeedDocumentUploadedEvent(
        FeedId feedId,
        AccountId accountId,
        MarketplaceId marketplaceId,
        String feedDocumentId,
        FeedPayloadRef payload,
        Instant at)
        implements FeedEvent {

    @Override
    public String describe() {
        return "Feed %s uploaded to Amazon as document %s".formatted(FeedEvent.shortId(feedId), feedDocumentId);
    }
}
