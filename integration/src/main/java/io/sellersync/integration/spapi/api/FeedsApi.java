// SPDX-License-Identifier: Apache-2.0
package io.sellersync.integration.spapi.api;

import feign.Headers;
import feign.Param;
import feign.RequestLine;
import io.sellersync.integration.spapi.generated.feeds.CreateFeedDocumentResponse;
import io.sellersync.integration.spapi.generated.feeds.CreateFeedDocumentSpecification;
import io.sellersync.integration.spapi.generated.feeds.CreateFeedResponse;
import io.sellersync.integration.spapi.generated.feeds.CreateFeedSpecification;
import io.sellersync.integration.spapi.generated.feeds.Feed;
import io.sellersync.integration.spapi.generated.feeds.FeedDocument;
import io.sellersync.integration.spapi.generated.feeds.GetFeedsResponse;
import java.util.List;

/** Feeds API 2021-06-30. Method names are Amazon's operation ids (they select the rate-limit bucket). */
public interface FeedsApi {

    @RequestLine("POST /feeds/2021-06-30/documents")
    @Headers("Content-Type: application/json")
    CreateFeedDocumentResponse createFeedDocument(CreateFeedDocumentSpecification body);

    @RequestLine("POST /feeds/2021-06-30/feeds")
    @Headers("Content-Type: application/json")
    CreateFeedResponse createFeed(CreateFeedSpecification body);

    @RequestLine(
            value =
                    "GET /feeds/2021-06-30/feeds?feedTypes={feedTypes}&marketplaceIds={marketplaceIds}&pageSize={pageSize}"
                            + "&processingStatuses={processingStatuses}&createdSince={createdSince}&createdUntil={createdUntil}",
            collectionFormat = feign.CollectionFormat.CSV)
    GetFeedsResponse getFeeds(
            @Param("feedTypes") List<String> feedTypes,
            @Param("marketplaceIds") List<String> marketplaceIds,
            @Param("pageSize") Integer pageSize,
            @Param("processingStatuses") List<String> processingStatuses,
            @Param("createdSince") String createdSince,
            @Param("createdUntil") String createdUntil);

    /** The next page: Amazon requires the token to be the only parameter. */
    @RequestLine("GET /feeds/2021-06-30/feeds?nextToken={nextToken}")
    GetFeedsResponse getFeedsPage(@Param("nextToken") String nextToken);

    @RequestLine("GET /feeds/2021-06-30/feeds/{feedId}")
    Feed getFeed(@Param("feedId") String feedId);

    @RequestLine("DELETE /feeds/2021-06-30/feeds/{feedId}")
    void cancelFeed(@Param("feedId") String feedId);

    @RequestLine("GET /feeds/2021-06-30/documents/{feedDocumentId}")
    FeedDocument getFeedDocument(@Param("feedDocumentId") String feedDocumentId);
}
