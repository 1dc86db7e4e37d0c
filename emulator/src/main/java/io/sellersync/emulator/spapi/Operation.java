// SPDX-License-Identifier: Apache-2.0
package io.sellersync.emulator.spapi;

import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Every SP-API operation the emulator serves, with its route and Amazon's default usage plan (requests per second and
 * burst) from the models' usage-plan tables. The gateway uses it to name calls, throttle them and inject faults.
 */
public enum Operation {
    GET_LISTINGS_ITEM("getListingsItem", "GET", "/listings/2021-08-01/items/[^/]+/[^/]+", 5, 10),
    PATCH_LISTINGS_ITEM("patchListingsItem", "PATCH", "/listings/2021-08-01/items/[^/]+/[^/]+", 5, 5),
    PUT_LISTINGS_ITEM("putListingsItem", "PUT", "/listings/2021-08-01/items/[^/]+/[^/]+", 5, 10),
    DELETE_LISTINGS_ITEM("deleteListingsItem", "DELETE", "/listings/2021-08-01/items/[^/]+/[^/]+", 5, 5),
    SEARCH_LISTINGS_ITEMS("searchListingsItems", "GET", "/listings/2021-08-01/items/[^/]+", 5, 5),
    CREATE_FEED_DOCUMENT("createFeedDocument", "POST", "/feeds/2021-06-30/documents", 0.5, 15),
    GET_FEED_DOCUMENT("getFeedDocument", "GET", "/feeds/2021-06-30/documents/[^/]+", 0.0222, 10),
    CREATE_FEED("createFeed", "POST", "/feeds/2021-06-30/feeds", 0.0083, 15),
    GET_FEEDS("getFeeds", "GET", "/feeds/2021-06-30/feeds", 0.0222, 10),
    GET_FEED("getFeed", "GET", "/feeds/2021-06-30/feeds/[^/]+", 2, 15),
    CANCEL_FEED("cancelFeed", "DELETE", "/feeds/2021-06-30/feeds/[^/]+", 2, 15),
    GET_CATALOG_ITEM("getCatalogItem", "GET", "/catalog/2022-04-01/items/[^/]+", 2, 2),
    SEARCH_CATALOG_ITEMS("searchCatalogItems", "GET", "/catalog/2022-04-01/items", 2, 2),
    SEARCH_DEFINITIONS_PRODUCT_TYPES(
            "searchDefinitionsProductTypes", "GET", "/definitions/2020-09-01/productTypes", 5, 10),
    GET_DEFINITIONS_PRODUCT_TYPE(
            "getDefinitionsProductType", "GET", "/definitions/2020-09-01/productTypes/[^/]+", 5, 10),
    CREATE_REPORT("createReport", "POST", "/reports/2021-06-30/reports", 0.0167, 15),
    GET_REPORTS("getReports", "GET", "/reports/2021-06-30/reports", 0.0222, 10),
    GET_REPORT("getReport", "GET", "/reports/2021-06-30/reports/[^/]+", 2, 15),
    CANCEL_REPORT("cancelReport", "DELETE", "/reports/2021-06-30/reports/[^/]+", 0.0222, 10),
    GET_REPORT_DOCUMENT("getReportDocument", "GET", "/reports/2021-06-30/documents/[^/]+", 0.0167, 15),
    SEARCH_ORDERS("searchOrders", "GET", "/orders/2026-01-01/orders", 0.0056, 20),
    GET_ORDER("getOrder", "GET", "/orders/2026-01-01/orders/[^/]+", 0.5, 30),
    LIST_TRANSACTIONS("listTransactions", "GET", "/finances/2024-06-19/transactions", 0.5, 10);

    private final String operationId;
    private final String method;
    private final Pattern path;
    private final double rate;
    private final int burst;

    Operation(String operationId, String method, String path, double rate, int burst) {
        this.operationId = operationId;
        this.method = method;
        this.path = Pattern.compile(path);
        this.rate = rate;
        this.burst = burst;
    }

    /** The model's {@code operationId}, also the key for faults and the call log. */
    public String operationId() {
        return operationId;
    }

    public double rate() {
        return rate;
    }

    public int burst() {
        return burst;
    }

    public static Optional<Operation> resolve(String method, String path) {
        return Arrays.stream(values())
                .filter(op -> op.method.equals(method) && op.path.matcher(path).matches())
                .findFirst();
    }

    public static Optional<Operation> byOperationId(String operationId) {
        return Arrays.stream(values())
                .filter(op -> op.operationId.equals(operationId))
                .findFirst();
    }
}
