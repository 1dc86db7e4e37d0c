// SPDX-License-Identifier: Apache-2.0
package io.sellersync.emulator.feeds;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A submitted feed and where it is in Amazon's lifecycle {@code IN_QUEUE → IN_PROGRESS → DONE | FATAL | CANCELLED}. */
public record Feed(
        String feedId,
        String sellerId,
        String clientId,
        String feedType,
        List<String> marketplaceIds,
        String inputFeedDocumentId,
        Map<String, String> feedOptions,
        Instant createdTime,
        String processingStatus,
        Instant processingStartTime,
        Instant processingEndTime,
        String resultFeedDocumentId) {

    public Feed {
        marketplaceIds = List.copyOf(marketplaceIds);
        feedOptions = feedOptions == null ? Map.of() : Map.copyOf(feedOptions);
    }

    public Feed started(Instant at) {
        return new Feed(
                feedId,
                sellerId,
                clientId,
                feedType,
                marketplaceIds,
                inputFeedDocumentId,
                feedOptions,
                createdTime,
                "IN_PROGRESS",
                at,
                null,
                null);
    }

    public Feed finished(String status, Instant at, String resultDocumentId) {
        return new Feed(
                feedId,
                sellerId,
                clientId,
                feedType,
                marketplaceIds,
                inputFeedDocumentId,
                feedOptions,
                createdTime,
                status,
                processingStartTime,
                at,
                resultDocumentId);
    }

    public Feed cancelled() {
        return new Feed(
                feedId,
                sellerId,
                clientId,
                feedType,
                marketplaceIds,
                inputFeedDocumentId,
                feedOptions,
                createdTime,
                "CANCELLED",
                null,
                null,
                null);
    }

    public boolean isListingsFeed() {
        return FeedService.JSON_LISTINGS_FEED.equals(feedType);
    }
}
