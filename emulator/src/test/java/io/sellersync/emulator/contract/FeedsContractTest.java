// SPDX-License-Identifier: Apache-2.0
package io.sellersync.emulator.contract;

import static io.sellersync.emulator.contract.ContractAssertions.conforms;
import static io.sellersync.emulator.support.Feeds.document;
import static io.sellersync.emulator.support.Feeds.priceMessage;
import static io.sellersync.emulator.support.Feeds.quantityMessage;
import static io.sellersync.emulator.support.SpApiModels.FEEDS;
import static io.sellersync.emulator.support.SpApiModels.REPORT_SCHEMA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.sellersync.emulator.support.EmulatorTest;
import io.sellersync.emulator.support.Feeds;
import io.sellersync.emulator.support.Http;
import io.sellersync.emulator.support.SpApiModels;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every Feeds response checked against {@code feeds_2021-06-30.json}, and every processing report against
 * {@code listings-feed-processing-report-schema-v2.json}.
 */
class FeedsContractTest extends EmulatorTest {

    private String token;
    private Feeds feeds;
    private String sku;
    private String productType;

    @BeforeEach
    void setUp() {
        assumeTrue(SpApiModels.available(), SpApiModels.missingReason());
        token = token();
        feeds = new Feeds(http, token);
        JsonNode listing = listingInBothMarketplaces();
        sku = listing.get("sku").asText();
        productType = listing.get("productType").asText();
    }

    @Test
    void createFeedDocument() {
        conforms(FEEDS, "createFeedDocument", 201, feeds.createDocument());
        conforms(FEEDS, "createFeedDocument", 400, http.json("POST", "/feeds/2021-06-30/documents", Map.of(), token));
        conforms(
                FEEDS,
                "createFeedDocument",
                403,
                http.json("POST", "/feeds/2021-06-30/documents", Map.of("contentType", "x"), null));
        conforms(
                FEEDS,
                "createFeedDocument",
                415,
                http.send("POST", "/feeds/2021-06-30/documents", "contentType=x".getBytes(), "text/plain", token));
    }

    @Test
    void createFeed() {
        JsonNode document = feeds.createDocument().json();
        feeds.upload(document.get("url").asText(), document(sellerId, quantityMessage(1, sku, productType, 1)));
        String documentId = document.get("feedDocumentId").asText();
        conforms(FEEDS, "createFeed", 202, feeds.createFeed(documentId, List.of(UK)));
        conforms(FEEDS, "createFeed", 400, feeds.createFeed("badDocumentId", List.of(UK)));
        conforms(
                FEEDS,
                "createFeed",
                400,
                http.json(
                        "POST",
                        "/feeds/2021-06-30/feeds",
                        Map.of("marketplaceIds", List.of(UK), "inputFeedDocumentId", documentId),
                        token));
        for (int i = 0; i < 4; i++) {
            feeds.createFeed(documentId, List.of(UK));
        }
        conforms(FEEDS, "createFeed", 429, feeds.createFeed(documentId, List.of(UK)));
    }

    @Test
    void getFeedInEveryState() {
        String feedId = feeds.submit(document(sellerId, quantityMessage(1, sku, productType, 1)), List.of(UK));
        conforms(FEEDS, "getFeed", 200, http.get("/feeds/2021-06-30/feeds/" + feedId, token));
        advance(30);
        conforms(FEEDS, "getFeed", 200, http.get("/feeds/2021-06-30/feeds/" + feedId, token));
        advance(60);
        Http.Response done = conforms(FEEDS, "getFeed", 200, http.get("/feeds/2021-06-30/feeds/" + feedId, token));
        assertThat(done.json().get("processingStatus").asText()).isEqualTo("DONE");
        conforms(FEEDS, "getFeed", 404, http.get("/feeds/2021-06-30/feeds/badFeedId1", token));
    }

    @Test
    void getFeeds() {
        for (int i = 0; i < 3; i++) {
            feeds.submit(document(sellerId, quantityMessage(1, sku, productType, i)), List.of(UK));
        }
        Http.Response page = conforms(
                FEEDS,
                "getFeeds",
                200,
                http.get(
                        "/feeds/2021-06-30/feeds?feedTypes=JSON_LISTINGS_FEED&pageSize=2&marketplaceIds=" + UK, token));
        conforms(
                FEEDS,
                "getFeeds",
                200,
                http.get(
                        "/feeds/2021-06-30/feeds?nextToken="
                                + page.json().get("nextToken").asText(),
                        token));
        conforms(
                FEEDS,
                "getFeeds",
                400,
                http.get(
                        "/feeds/2021-06-30/feeds?feedTypes=POST_PRODUCT_DATA&processingStatuses=BAD_VALUE,DONE",
                        token));
        conforms(FEEDS, "getFeeds", 400, http.get("/feeds/2021-06-30/feeds", token));
    }

    @Test
    void cancelFeed() {
        String queued = feeds.submit(document(sellerId, quantityMessage(1, sku, productType, 1)), List.of(UK));
        conforms(FEEDS, "cancelFeed", 200, http.send("DELETE", "/feeds/2021-06-30/feeds/" + queued, null, null, token));
        conforms(FEEDS, "cancelFeed", 400, http.send("DELETE", "/feeds/2021-06-30/feeds/" + queued, null, null, token));
        conforms(FEEDS, "cancelFeed", 404, http.send("DELETE", "/feeds/2021-06-30/feeds/BADID1", null, null, token));
    }

    @Test
    void getFeedDocument() {
        http.json("PUT", "/_emulator/config", Map.of("gzipFeedResults", true), null);
        String feedId = feeds.submit(document(sellerId, quantityMessage(1, sku, productType, 1)), List.of(UK));
        advance(90);
        String resultId = feeds.feed(feedId).get("resultFeedDocumentId").asText();
        Http.Response document =
                conforms(FEEDS, "getFeedDocument", 200, http.get("/feeds/2021-06-30/documents/" + resultId, token));
        assertThat(document.json().get("compressionAlgorithm").asText()).isEqualTo("GZIP");
        conforms(FEEDS, "getFeedDocument", 404, http.get("/feeds/2021-06-30/documents/badDocumentId1", token));
    }

    @Test
    void processingReportsMatchTheReportSchema() {
        String accepted = feeds.submit(
                document(
                        sellerId,
                        quantityMessage(1, sku, productType, 1),
                        priceMessage(2, sku, productType, UK, "EUR", "1.00"),
                        Map.of("messageId", 3, "sku", sku, "operationType", "DELETE", "productType", productType),
                        Map.of(
                                "messageId",
                                4,
                                "sku",
                                "NEW-ONE",
                                "operationType",
                                "UPDATE",
                                "productType",
                                productType,
                                "attributes",
                                Map.of("item_name", List.of(Map.of("value", "x"))))),
                List.of(UK));
        String withItems = feeds.submit(
                "{\"header\":{\"sellerId\":\"" + sellerId + "\",\"version\":\"2.0\","
                        + "\"report\":{\"includedData\":[\"summaries\",\"attributes\",\"issues\",\"offers\","
                        + "\"fulfillmentAvailability\",\"productTypes\"],\"apiVersion\":\"2021-08-01\"}},\"messages\":["
                        + Http.JSON.valueToTree(quantityMessage(1, sku, productType, 2)) + "]}",
                List.of(UK, DE));
        String fatal = feeds.submit("not json at all", List.of(UK));
        advance(400);
        for (String feedId : List.of(accepted, withItems, fatal)) {
            JsonNode report = feeds.report(feedId);
            assertThat(SpApiModels.checkDocument(REPORT_SCHEMA, report))
                    .as(report.toString())
                    .isEmpty();
        }
        assertThat(feeds.report(accepted).get("issues").size()).isGreaterThanOrEqualTo(3);
        assertThat(feeds.status(fatal)).isEqualTo("FATAL");
    }
}
