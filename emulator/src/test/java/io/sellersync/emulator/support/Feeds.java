// SPDX-License-Identifier: Apache-2.0
package io.sellersync.emulator.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/** The client side of the feed workflow: create a document, upload, create the feed, poll, download the report. */
public final class Feeds {

    public static final String CONTENT_TYPE = "application/json; charset=UTF-8";

    private final Http http;
    private final String token;

    public Feeds(Http http, String token) {
        this.http = http;
        this.token = token;
    }

    public Http.Response createDocument() {
        return http.json("POST", "/feeds/2021-06-30/documents", Map.of("contentType", CONTENT_TYPE), token);
    }

    public Http.Response upload(String url, String content) {
        return http.send("PUT", url, content.getBytes(StandardCharsets.UTF_8), CONTENT_TYPE, null);
    }

    /** Creates a document, uploads {@code content} and submits it; returns the feed id. */
    public String submit(String content, List<String> marketplaceIds) {
        JsonNode document = createDocument().json();
        assertThat(upload(document.get("url").asText(), content).status()).isEqualTo(200);
        Http.Response created = createFeed(document.get("feedDocumentId").asText(), marketplaceIds);
        assertThat(created.status()).as(created.body()).isEqualTo(202);
        return created.json().get("feedId").asText();
    }

    public Http.Response createFeed(String documentId, List<String> marketplaceIds) {
        return http.json(
                "POST",
                "/feeds/2021-06-30/feeds",
                Map.of(
                        "feedType", "JSON_LISTINGS_FEED",
                        "marketplaceIds", marketplaceIds,
                        "inputFeedDocumentId", documentId),
                token);
    }

    public JsonNode feed(String feedId) {
        Http.Response response = http.get("/feeds/2021-06-30/feeds/" + feedId, token);
        assertThat(response.status()).isEqualTo(200);
        return response.json();
    }

    public String status(String feedId) {
        return feed(feedId).get("processingStatus").asText();
    }

    /** Downloads and (if needed) gunzips the result document of a finished feed. */
    public JsonNode report(String feedId) {
        String documentId = feed(feedId).get("resultFeedDocumentId").asText();
        JsonNode document =
                http.get("/feeds/2021-06-30/documents/" + documentId, token).json();
        Http.Response download = http.send("GET", document.get("url").asText(), null, null, null);
        assertThat(download.status()).isEqualTo(200);
        byte[] bytes = download.bytes();
        if ("GZIP".equals(document.path("compressionAlgorithm").asText())) {
            try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
                bytes = in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        try {
            return Http.JSON.readTree(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A {@code JSON_LISTINGS_FEED} document with the given messages. */
    public static String document(String sellerId, Object... messages) {
        try {
            return Http.JSON.writeValueAsString(Map.of(
                    "header", Map.of("sellerId", sellerId, "version", "2.0", "issueLocale", "en_GB"),
                    "messages", List.of(messages)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Map<String, Object> quantityMessage(int messageId, String sku, String productType, int quantity) {
        return availabilityMessage(messageId, sku, productType, "DEFAULT", quantity);
    }

    /** The Listings Items PATCH body with a feed message's product type and patches. */
    public static Map<String, Object> patchBody(Map<String, Object> message) {
        return Map.of("productType", message.get("productType"), "patches", message.get("patches"));
    }

    public static Map<String, Object> availabilityMessage(
            int messageId, String sku, String productType, String channel, int quantity) {
        return Map.of(
                "messageId",
                messageId,
                "sku",
                sku,
                "operationType",
                "PATCH",
                "productType",
                productType,
                "patches",
                List.of(Map.of(
                        "op",
                        "replace",
                        "path",
                        "/attributes/fulfillment_availability",
                        "value",
                        List.of(Map.of("fulfillment_channel_code", channel, "quantity", quantity)))));
    }

    public static Map<String, Object> priceMessage(
            int messageId, String sku, String productType, String marketplaceId, String currency, String price) {
        return Map.of(
                "messageId",
                messageId,
                "sku",
                sku,
                "operationType",
                "PATCH",
                "productType",
                productType,
                "patches",
                List.of(Map.of(
                        "op",
                        "replace",
                        "path",
                        "/attributes/purchasable_offer",
                        "value",
                        List.of(Map.of(
                                "marketplace_id",
                                marketplaceId,
                                "currency",
                                currency,
                                "audience",
                                "ALL",
                                "our_price",
                                List.of(Map.of(
                                        "schedule",
                                        List.of(Map.of("value_with_tax", new java.math.BigDecimal(price))))))))));
    }
}
