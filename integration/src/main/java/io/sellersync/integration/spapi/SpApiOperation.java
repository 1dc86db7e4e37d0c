// SPDX-License-Identifier: Apache-2.0
package io.sellersync.integration.spapi;

import feign.RequestTemplate;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every SP-API operation the client calls, named by Amazon's {@code operationId}, with its default usage plan
 * (requests per second, burst) from the models. The Feign methods carry the same names, which is how a request finds
 * its rate-limit bucket.
 */
public enum SpApiOperation {
    createFeedDocument(0.5, 15),
    createFeed(0.0083, 15),
    getFeeds(0.0222, 10),
    getFeed(2, 15),
    cancelFeed(2, 15),
    getFeedDocument(0.0222, 10),
    getListingsItem(5, 10),
    searchListingsItems(5, 5),
    patchListingsItem(5, 5),
    putListingsItem(5, 10),
    getCatalogItem(2, 2),
    getDefinitionsProductType(5, 10),
    searchOrders(0.0056, 20),
    getOrder(0.5, 30),
    listTransactions(0.5, 10),
    createReport(0.0167, 15),
    getReport(2, 15),
    getReportDocument(0.0167, 15);

    private static final Map<String, SpApiOperation> BY_NAME =
            Arrays.stream(values()).collect(Collectors.toMap(Enum::name, Function.identity()));

    private final double ratePerSecond;
    private final int burst;

    SpApiOperation(double ratePerSecond, int burst) {
        this.ratePerSecond = ratePerSecond;
        this.burst = burst;
    }

    public double ratePerSecond() {
        return ratePerSecond;
    }

    public int burst() {
        return burst;
    }

    /** The operation a Feign request was made for. */
    public static SpApiOperation of(RequestTemplate template) {
        return of(template.methodMetadata().method().getName());
    }

    /**
     * The operation a Feign method stands for, by its name ({@code …Page} methods fetch further pages of the same
     * operation); unknown names are a programming error.
     */
    public static SpApiOperation of(String methodName) {
        String name = methodName.endsWith("Page") ? methodName.substring(0, methodName.length() - 4) : methodName;
        SpApiOperation operation = BY_NAME.get(name);
        if (operation == null) {
            throw new IllegalArgumentException("No SP-API operation named " + methodName);
        }
        return operation;
    }
}
