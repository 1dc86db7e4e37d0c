// SPDX-License-Identifier: Apache-2.0
package io.sellersync.emulator.feeds;

import static io.sellersync.emulator.support.Feeds.document;
import static io.sellersync.emulator.support.Feeds.priceMessage;
import static io.sellersync.emulator.support.Feeds.quantityMessage;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.sellersync.emulator.support.EmulatorTest;
import io.sellersync.emulator.support.Feeds;
import io.sellersync.emulator.support.Http;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The JSON_LISTINGS_FEED lifecycle on the emulated clock, its validation, report and delayed effects. */
class FeedsTest extends EmulatorTest {

    private String token;
    private Feeds feeds;
    private JsonNode listing;
    private String sku;
    private String productType;

    @BeforeEach
    void setUp() {
        token = token();
        feeds = new Feeds(http, token);
        listing = listingInBothMarketplaces();
        sku = listing.get("sku").asText();
        productType = listing.get("productType").asText();
    }

    @Test
    void feedMovesThroughQueueAndProcessingOnTheEmulatedClock() {
        String feedId = feeds.submit(document(sellerId, quantityMessage(1, sku, productType, 3)), List.of(UK));
        JsonNode feed = feeds.feed(feedId);
        assertThat(feed.get("processingStatus").asText()).isEqualTo("IN_QUEUE");
        assertThat(feed.get("createdTime").asText()).isEqualTo(START.toString());
        advance(30);
        feed = feeds.feed(feedId);
        assertThat(feed.get("processingStatus").asText()).isEqualTo("IN_PROGRESS");
        assertThat(feed.get("processingStartTime").asText())
                .isEqualTo(START.plusSeconds(30).toString());
        advance(60);
        feed = feeds.feed(feedId);
        assertThat(feed.get("processingStatus").asText()).isEqualTo("DONE");
        assertThat(feed.get("processingEndTime").asText())
                .isEqualTo(START.plusSeconds(90).toString());
        JsonNode report = feeds.report(feedId);
        assertThat(report.at("/header/feedId").asText()).isEqualTo(feedId);
        assertThat(report.at("/summary/messagesProcessed").asInt()).isEqualTo(1);
        assertThat(report.at("/summary/messagesAccepted").asInt()).isEqualTo(1);
        assertThat(report.get("issues")).isEmpty();
    }

    @Test
    void quantityFromAFeedChangesOnlyAfterThePropagationDelay() {
        int before = listing.get("quantity").asInt();
        String feedId = feeds.submit(document(sellerId, quantityMessage(1, sku, productType, before + 7)), List.of(UK));
        advance(90);
        assertThat(feeds.status(feedId)).isEqualTo("DONE");
        assertThat(truth(sku).get("quantity").asInt()).isEqualTo(before);
        advance(59);
        assertThat(truth(sku).get("quantity").asInt()).isEqualTo(before);
        advance(1);
        assertThat(truth(sku).get("quantity").asInt()).isEqualTo(before + 7);
    }

    @Test
    void groundTruthShowsQuantityGoingLiveBeforeThePriceOfTheSameFeed() {
        configure(Map.of("quantityPropagationSeconds", 60, "pricePropagationSeconds", 600));
        String feedId = feeds.submit(
                document(
                        sellerId,
                        priceMessage(1, sku, productType, UK, "GBP", "19.99"),
                        quantityMessage(2, sku, productType, 11)),
                List.of(UK));
        advance(90 + 600);
        assertThat(feeds.status(feedId)).isEqualTo("DONE");
        JsonNode changes = http.get("/_emulator/changes?sku=" + sku, null).json();
        assertThat(changes).hasSize(2);
        assertThat(changes.get(0).get("kind").asText()).isEqualTo("QUANTITY");
        assertThat(changes.get(0).get("appliedAt").asText())
                .isEqualTo(START.plusSeconds(150).toString());
        assertThat(changes.get(1).get("kind").asText()).isEqualTo("PRICE");
        assertThat(changes.get(1).get("newValue").asText()).isEqualTo("19.99");
        assertThat(changes.get(1).get("appliedAt").asText())
                .isEqualTo(START.plusSeconds(690).toString());
        assertThat(changes.get(1).get("source").asText()).isEqualTo("feed:" + feedId);
    }

    @Test
    void invalidMessagesAreReportedWithCodesAndAreNotApplied() {
        Map<String, Object> withRequirements = new java.util.HashMap<>(quantityMessage(1, sku, productType, 1));
        withRequirements.put("requirements", "LISTING_OFFER_ONLY");
        Map<String, Object> unknownAttribute = Map.of(
                "messageId",
                2,
                "sku",
                sku,
                "operationType",
                "PATCH",
                "productType",
                productType,
                "patches",
                List.of(Map.of(
                        "op", "replace", "path", "/attributes/fake_attribute", "value", List.of(Map.of("value", 1)))));
        Map<String, Object> badCondition = Map.of(
                "messageId",
                3,
                "sku",
                sku,
                "operationType",
                "PARTIAL_UPDATE",
                "productType",
                productType,
                "attributes",
                Map.of("condition_type", List.of(Map.of("value", "mint"))));
        Map<String, Object> wrongCurrency = priceMessage(4, sku, productType, DE, "GBP", "10.00");
        Map<String, Object> valid = quantityMessage(5, sku, productType, 2);
        String feedId = feeds.submit(
                document(sellerId, withRequirements, unknownAttribute, badCondition, wrongCurrency, valid),
                List.of(UK, DE));
        advance(90);
        JsonNode report = feeds.report(feedId);
        assertThat(report.at("/summary/messagesProcessed").asInt()).isEqualTo(5);
        assertThat(report.at("/summary/messagesAccepted").asInt()).isEqualTo(1);
        assertThat(report.at("/summary/messagesInvalid").asInt()).isEqualTo(4);
        Map<Integer, JsonNode> byMessage = new java.util.HashMap<>();
        report.get("issues").forEach(i -> byMessage.put(i.get("messageId").asInt(), i));
        assertThat(byMessage.keySet()).containsExactlyInAnyOrder(1, 2, 3, 4);
        assertThat(byMessage.get(1).get("message").asText()).contains("requirements");
        assertThat(byMessage.get(2).get("code").asText()).isEqualTo("90000900");
        assertThat(byMessage.get(2).get("attributeName").asText()).isEqualTo("fake_attribute");
        assertThat(byMessage.get(3).get("attributeName").asText()).isEqualTo("condition_type");
        assertThat(byMessage.get(4).get("attributeName").asText()).isEqualTo("purchasable_offer.currency");
        assertThat(report.at("/summary/errors").asInt()).isEqualTo(4);
        advance(3000);
        assertThat(truth(sku).get("quantity").asInt()).isEqualTo(2);
        assertThat(truth(sku).get("conditionType").asText())
                .isEqualTo(listing.get("conditionType").asText());
    }

    @Test
    void aFeedWarningFaultReportsAWarningForTheSkuAndStillAppliesTheMessage() {
        http.json("PUT", "/_emulator/faults", Map.of("feedWarningSkus", List.of(sku)), null);
        String feedId = feeds.submit(document(sellerId, quantityMessage(1, sku, productType, 4)), List.of(UK));
        advance(90);
        JsonNode report = feeds.report(feedId);
        assertThat(report.at("/summary/messagesAccepted").asInt()).isEqualTo(1);
        assertThat(report.at("/summary/warnings").asInt()).isEqualTo(1);
        JsonNode issue = report.at("/issues/0");
        assertThat(issue.get("messageId").asInt()).isEqualTo(1);
        assertThat(issue.get("severity").asText()).isEqualTo("WARNING");
        assertThat(issue.get("code").asText()).isEqualTo("4000006");
        assertThat(issue.get("attributeName").asText()).isEqualTo("purchasable_offer");
        advance(60);
        assertThat(truth(sku).get("quantity").asInt()).isEqualTo(4);
    }

    @Test
    void unparseableDocumentEndsFatalWithAReport() {
        String feedId = feeds.submit("{ this is not json", List.of(UK));
        advance(90);
        assertThat(feeds.status(feedId)).isEqualTo("FATAL");
        JsonNode report = feeds.report(feedId);
        assertThat(report.at("/summary/messagesProcessed").asInt()).isZero();
        assertThat(report.at("/issues/0/severity").asText()).isEqualTo("ERROR");
    }

    @Test
    void onlyOneListingsFeedOfASellerIsProcessedAtATime() {
        String first = feeds.submit(document(sellerId, quantityMessage(1, sku, productType, 1)), List.of(UK));
        String second = feeds.submit(document(sellerId, quantityMessage(1, sku, productType, 2)), List.of(UK));
        advance(30);
        assertThat(feeds.status(first)).isEqualTo("IN_PROGRESS");
        assertThat(feeds.status(second)).isEqualTo("IN_QUEUE");
        advance(60);
        assertThat(feeds.status(first)).isEqualTo("DONE");
        assertThat(feeds.status(second)).isEqualTo("IN_PROGRESS");
        assertThat(feeds.feed(second).get("processingStartTime").asText())
                .isEqualTo(START.plusSeconds(90).toString());
        advance(60);
        assertThat(feeds.status(second)).isEqualTo("DONE");
        advance(60);
        assertThat(truth(sku).get("quantity").asInt()).isEqualTo(2);
    }

    @Test
    void onlyQueuedFeedsCanBeCancelled() {
        String feedId = feeds.submit(document(sellerId, quantityMessage(1, sku, productType, 1)), List.of(UK));
        Http.Response cancelled = http.send("DELETE", "/feeds/2021-06-30/feeds/" + feedId, null, null, token);
        assertThat(cancelled.status()).isEqualTo(200);
        assertThat(cancelled.bytes()).isEmpty();
        assertThat(feeds.status(feedId)).isEqualTo("CANCELLED");
        advance(600);
        assertThat(feeds.status(feedId)).isEqualTo("CANCELLED");
        assertThat(truth(sku).get("quantity").asInt())
                .isEqualTo(listing.get("quantity").asInt());

        String done = feeds.submit(document(sellerId, quantityMessage(1, sku, productType, 1)), List.of(UK));
        advance(90);
        Http.Response refused = http.send("DELETE", "/feeds/2021-06-30/feeds/" + done, null, null, token);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().at("/errors/0/message").asText()).contains("IN_QUEUE");
    }

    @Test
    void uploadUrlExpiresAfterFiveMinutes() {
        JsonNode document = feeds.createDocument().json();
        advance(300);
        Http.Response response = feeds.upload(document.get("url").asText(), "{}");
        assertThat(response.status()).isEqualTo(403);
        assertThat(response.body()).contains("Request has expired");
    }

    @Test
    void uploadMustUseTheDeclaredContentType() {
        JsonNode document = feeds.createDocument().json();
        Http.Response response = http.send("PUT", document.get("url").asText(), "{}".getBytes(), "text/plain", null);
        assertThat(response.status()).isEqualTo(403);
        assertThat(response.body()).contains("SignatureDoesNotMatch");
    }

    @Test
    void tamperedDocumentUrlIsRejected() {
        JsonNode document = feeds.createDocument().json();
        String url = document.get("url").asText();
        int at = url.indexOf("X-Amz-Signature=") + "X-Amz-Signature=".length();
        String tampered = url.substring(0, at) + (url.charAt(at) == '0' ? '1' : '0') + url.substring(at + 1);
        assertThat(tampered).isNotEqualTo(url);
        url = tampered;
        assertThat(feeds.upload(url, "{}").status()).isEqualTo(403);
    }

    @Test
    void resultDocumentsCanBeGzipped() {
        configure(Map.of("gzipFeedResults", true));
        String feedId = feeds.submit(document(sellerId, quantityMessage(1, sku, productType, 1)), List.of(UK));
        advance(90);
        String documentId = feeds.feed(feedId).get("resultFeedDocumentId").asText();
        JsonNode document =
                http.get("/feeds/2021-06-30/documents/" + documentId, token).json();
        assertThat(document.get("compressionAlgorithm").asText()).isEqualTo("GZIP");
        assertThat(feeds.report(feedId).at("/summary/messagesAccepted").asInt()).isEqualTo(1);
        JsonNode encoded = http.get(
                        "/feeds/2021-06-30/documents/" + documentId + "?enableContentEncodingUrlHeader=true", token)
                .json();
        Http.Response download = http.send("GET", encoded.get("url").asText(), null, null, null);
        assertThat(download.header("Content-Encoding")).contains("gzip");
    }

    @Test
    void reportIncludesItemsWhenTheHeaderAsksForThem() {
        String content = "{\"header\":{\"sellerId\":\"" + sellerId + "\",\"version\":\"2.0\",\"report\":"
                + "{\"includedData\":[\"summaries\",\"offers\"],\"apiVersion\":\"2021-08-01\"}},\"messages\":["
                + Http.JSON.valueToTree(quantityMessage(1, sku, productType, 1)) + "]}";
        String feedId = feeds.submit(content, List.of(UK));
        advance(90);
        JsonNode report = feeds.report(feedId);
        assertThat(report.at("/header/report/includedData/0").asText()).isEqualTo("summaries");
        assertThat(report.at("/items/0/sku").asText()).isEqualTo(sku);
        assertThat(report.at("/summary/itemSummary/items").asInt()).isEqualTo(1);
    }

    @Test
    void getFeedsFiltersAndPagesWithNextTokenAsTheOnlyParameter() {
        Set<String> submitted = new java.util.HashSet<>();
        for (int i = 0; i < 3; i++) {
            submitted.add(feeds.submit(document(sellerId, quantityMessage(1, sku, productType, i)), List.of(UK)));
            advance(1);
        }
        JsonNode page = http.get("/feeds/2021-06-30/feeds?feedTypes=JSON_LISTINGS_FEED&pageSize=2", token)
                .json();
        assertThat(page.get("feeds")).hasSize(2);
        List<String> seen = new ArrayList<>();
        page.get("feeds").forEach(f -> seen.add(f.get("feedId").asText()));
        String next = page.get("nextToken").asText();
        Http.Response mixed = http.get("/feeds/2021-06-30/feeds?feedTypes=JSON_LISTINGS_FEED&nextToken=" + next, token);
        assertThat(mixed.status()).isEqualTo(400);
        JsonNode last =
                http.get("/feeds/2021-06-30/feeds?nextToken=" + next, token).json();
        last.get("feeds").forEach(f -> seen.add(f.get("feedId").asText()));
        assertThat(last.has("nextToken")).isFalse();
        assertThat(seen).containsExactlyInAnyOrderElementsOf(submitted);

        JsonNode none = http.get("/feeds/2021-06-30/feeds?feedTypes=JSON_LISTINGS_FEED&processingStatuses=DONE", token)
                .json();
        assertThat(none.get("feeds")).isEmpty();
        assertThat(http.get("/feeds/2021-06-30/feeds", token).status()).isEqualTo(400);
    }

    @Test
    void createFeedRejectsUnknownDocumentsAndMarketplaces() {
        Http.Response unknownDocument = feeds.createFeed("amzn1.tortuga.4.nope", List.of(UK));
        assertThat(unknownDocument.status()).isEqualTo(400);
        assertThat(unknownDocument.json().at("/errors/0/code").asText()).isEqualTo("InvalidInput");
        String documentId = feeds.createDocument().json().get("feedDocumentId").asText();
        Http.Response badMarketplace = feeds.createFeed(documentId, List.of("ATVPDKIKX0DER"));
        assertThat(badMarketplace.status()).isEqualTo(400);
        Http.Response noType = http.json(
                "POST",
                "/feeds/2021-06-30/feeds",
                Map.of("marketplaceIds", List.of(UK), "inputFeedDocumentId", documentId),
                token);
        assertThat(noType.status()).isEqualTo(400);
        Http.Response noContentType = http.json("POST", "/feeds/2021-06-30/documents", Map.of(), token);
        assertThat(noContentType.status()).isEqualTo(400);
    }

    @Test
    void listingsFeedsAreLimitedToFivePerFiveMinutes() {
        configure(Map.of("rateMultiplier", 1.0));
        for (int i = 0; i < 5; i++) {
            feeds.submit(document(sellerId, quantityMessage(1, sku, productType, i)), List.of(UK));
        }
        JsonNode document = feeds.createDocument().json();
        feeds.upload(document.get("url").asText(), document(sellerId, quantityMessage(1, sku, productType, 9)));
        Http.Response sixth = feeds.createFeed(document.get("feedDocumentId").asText(), List.of(UK));
        assertThat(sixth.status()).isEqualTo(429);
        assertThat(sixth.json().at("/errors/0/code").asText()).isEqualTo("QuotaExceeded");
        advance(60);
        assertThat(feeds.createFeed(document.get("feedDocumentId").asText(), List.of(UK))
                        .status())
                .isEqualTo(202);
    }
}
