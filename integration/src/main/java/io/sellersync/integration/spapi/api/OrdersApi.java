// SPDX-License-Identifier: Apache-2.0
package io.sellersync.integration.spapi.api;

import feign.CollectionFormat;
import feign.Param;
import feign.RequestLine;
import io.sellersync.integration.spapi.generated.orders.GetOrderResponse;
import io.sellersync.integration.spapi.generated.orders.SearchOrdersResponse;
import java.util.List;

/** Orders API 2026-01-01. Buyer and recipient data ({@code includedData} BUYER, RECIPIENT) go to the PII table only, never into events. */
public interface OrdersApi {

    @RequestLine(
            value = "GET /orders/2026-01-01/orders?createdAfter={createdAfter}&createdBefore={createdBefore}"
                    + "&lastUpdatedAfter={lastUpdatedAfter}&lastUpdatedBefore={lastUpdatedBefore}"
                    + "&marketplaceIds={marketplaceIds}&maxResultsPerPage={maxResultsPerPage}"
                    + "&paginationToken={paginationToken}&includedData={includedData}",
            collectionFormat = CollectionFormat.CSV)
    SearchOrdersResponse searchOrders(
            @Param("createdAfter") String createdAfter,
            @Param("createdBefore") String createdBefore,
            @Param("lastUpdatedAfter") String lastUpdatedAfter,
            @Param("lastUpdatedBefore") String lastUpdatedBefore,
            @Param("marketplaceIds") List<String> marketplaceIds,
            @Param("maxResultsPerPage") Integer maxResultsPerPage,
            @Param("paginationToken") String paginationToken,
            @Param("includedData") List<String> includedData);

    @RequestLine(
            value = "GET /orders/2026-01-01/orders/{orderId}?includedData={includedData}",
            collectionFormat = CollectionFormat.CSV)
    GetOrderResponse getOrder(@Param("orderId") String orderId, @Param("includedData") List<String> includedData);
}
