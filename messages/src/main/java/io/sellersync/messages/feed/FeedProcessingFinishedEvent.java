// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.feed;

import io.sellersync.messages.accounts.AccountId;
import java.time.Instant;

/**
 * Amazon finished the feed ({@code DONE}, {@code FATAL} or {@code CANCELLED}); the result document, when there is one,
 * is fetched next. {@code attempt} counts repeats while the report could not be read yet.
 */
public record FeedProcessingFinishedEvent(
        FeedId feedId, AccountId accountId, AmazonFeedStatus status, String resultDocumentId, int attempt, Instant at)
        implements FeedEvent {

    @Override
    public String describe() {
        return "Amazon finished feed %s: %s".formatted(FeedEvent.shortId(feedId), status);
    }
}
