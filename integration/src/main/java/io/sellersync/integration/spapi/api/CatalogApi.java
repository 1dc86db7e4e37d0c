// SPDX-License-Identifier: Apache-2.0
package io.sellersync.integration.spapi.api;

import feign.CollectionFormat;
import feign.Param;
import feign.RequestLine;
import io.sellersync.integration.spapi.generated.catalog.Item;
import java.util.List;

/** Catalog Items API 2022-04-01. */
public interface CatalogApi {

    @RequestLine(
            value = "GET /catalog/2022-04-01/items/{asin}?marketplaceIds={marketplaceIds}&includedData={includedData}",
            collectionFormat = CollectionFormat.CSV)
    Item getCatalogItem(
            @Param("asin") String asin,
            @Param("marketplaceIds") List<String> marketplaceIds,
            @Param("includedData") List<String> includedData);
}
