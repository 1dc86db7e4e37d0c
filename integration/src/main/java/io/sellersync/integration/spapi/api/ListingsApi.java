// SPDX-License-Identifier: Apache-2.0
package io.sellersync.integration.spapi.api;

import feign.CollectionFormat;
import feign.Headers;
import feign.Param;
import feign.RequestLine;
import io.sellersync.integration.spapi.generated.listings.Item;
import io.sellersync.integration.spapi.generated.listings.ItemSearchResults;
import io.sellersync.integration.spapi.generated.listings.ListingsItemPatchRequest;
import io.sellersync.integration.spapi.generated.listings.ListingsItemPutRequest;
import io.sellersync.integration.spapi.generated.listings.ListingsItemSubmissionResponse;
import java.util.List;

/**
 * Listings Items API 2021-08-01. {@code mode} is null for a real write or {@code VALIDATION_PREVIEW} for a dry run;
 * SKUs are URL-encoded by Feign as path parameters.
 */
public interface ListingsApi {

    @RequestLine(
            value = "GET /listings/2021-08-01/items/{sellerId}/{sku}?marketplaceIds={marketplaceIds}"
                    + "&includedData={includedData}&issueLocale={issueLocale}",
            collectionFormat = CollectionFormat.CSV)
    Item getListingsItem(
            @Param("sellerId") String sellerId,
            @Param("sku") String sku,
            @Param("marketplaceIds") List<String> marketplaceIds,
            @Param("includedData") List<String> includedData,
            @Param("issueLocale") String issueLocale);

    @RequestLine(
            value = "GET /listings/2021-08-01/items/{sellerId}?marketplaceIds={marketplaceIds}"
                    + "&includedData={includedData}&identifiers={identifiers}&identifiersType={identifiersType}"
                    + "&pageSize={pageSize}&pageToken={pageToken}",
            collectionFormat = CollectionFormat.CSV)
    ItemSearchResults searchListingsItems(
            @Param("sellerId") String sellerId,
            @Param("marketplaceIds") List<String> marketplaceIds,
            @Param("includedData") List<String> includedData,
            @Param("identifiers") List<String> identifiers,
            @Param("identifiersType") String identifiersType,
            @Param("pageSize") Integer pageSize,
            @Param("pageToken") String pageToken);

    @RequestLine(
            value = "PATCH /listings/2021-08-01/items/{sellerId}/{sku}?marketplaceIds={marketplaceIds}"
                    + "&includedData={includedData}&mode={mode}",
            collectionFormat = CollectionFormat.CSV)
    @Headers("Content-Type: application/json")
    ListingsItemSubmissionResponse patchListingsItem(
            @Param("sellerId") String sellerId,
            @Param("sku") String sku,
            @Param("marketplaceIds") List<String> marketplaceIds,
            @Param("includedData") List<String> includedData,
            @Param("mode") String mode,
            ListingsItemPatchRequest body);

    @RequestLine(
            value = "PUT /listings/2021-08-01/items/{sellerId}/{sku}?marketplaceIds={marketplaceIds}"
                    + "&includedData={includedData}&mode={mode}",
            collectionFormat = CollectionFormat.CSV)
    @Headers("Content-Type: application/json")
    ListingsItemSubmissionResponse putListingsItem(
            @Param("sellerId") String sellerId,
            @Param("sku") String sku,
            @Param("marketplaceIds") List<String> marketplaceIds,
            @Param("includedData") List<String> includedData,
            @Param("mode") String mode,
            ListingsItemPutRequest body);
}
