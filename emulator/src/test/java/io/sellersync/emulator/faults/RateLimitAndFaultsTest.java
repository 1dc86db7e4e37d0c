// SPDX-License-Identifier: Apache-2.0
package io.sellersync.emulator.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.sellersync.emulator.support.EmulatorTest;
import io.sellersync.emulator.support.Feeds;
import io.sellersync.emulator.support.Http;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Usage plans, the rate multiplier and injected faults behave as a client must expect from production. */
class RateLimitAndFaultsTest extends EmulatorTest {

    private String token;
    private String path;

    @BeforeEach
    void setUp() {
        token = token();
        path = "/listings/2021-08-01/items/" + sellerId + "/"
                + listingInBothMarketplaces().get("sku").asText() + "?marketplaceIds=" + UK;
    }

    @Test
    void getListingsItemAllowsABurstOfTenThenThrottlesUntilTokensRefill() {
        for (int i = 0; i < 10; i++) {
            Http.Response ok = http.get(path, token);
            assertThat(ok.status()).isEqualTo(200);
            assertThat(ok.header("x-amzn-RateLimit-Limit")).contains("5.0");
        }
        Http.Response throttled = http.get(path, token);
        assertThat(throttled.status()).isEqualTo(429);
        assertThat(throttled.json().at("/errors/0/code").asText()).isEqualTo("QuotaExceeded");
        assertThat(throttled.header("x-amzn-RateLimit-Limit")).isEmpty();
        assertThat(throttled.header("x-amzn-RequestId")).isPresent();
        advance(1);
        for (int i = 0; i < 5; i++) {
            assertThat(http.get(path, token).status()).isEqualTo(200);
        }
        assertThat(http.get(path, token).status()).isEqualTo(429);
    }

    @Test
    void validationPreviewsShareOneApplicationWideBudgetOfTwentyPerSecond() {
        http.json(
                "POST",
                "/_emulator/seed",
                Map.of("seed", 42, "startTime", START.toString(), "speed", 0, "purchasesPerHour", 0, "sellers", 5),
                null);
        int accepted = 0;
        int throttled = 0;
        for (JsonNode seller : http.get("/_emulator/sellers", null).json()) {
            String sellerToken = token(seller.get("refreshToken").asText());
            String id = seller.get("sellerId").asText();
            JsonNode listing =
                    http.get("/_emulator/listings?sellerId=" + id, null).json().get(0);
            Map<String, Object> body = Map.of(
                    "productType", listing.get("productType").asText(),
                    "patches",
                            List.of(Map.of(
                                    "op",
                                    "replace",
                                    "path",
                                    "/attributes/fulfillment_availability",
                                    "value",
                                    List.of(Map.of("fulfillment_channel_code", "DEFAULT", "quantity", 1)))));
            for (int i = 0; i < 5; i++) {
                int status = http.json(
                                "PATCH",
                                "/listings/2021-08-01/items/" + id + "/"
                                        + listing.get("sku").asText() + "?marketplaceIds=" + UK
                                        + "&mode=VALIDATION_PREVIEW",
                                body,
                                sellerToken)
                        .status();
                if (status == 200) {
                    accepted++;
                } else if (status == 429) {
                    throttled++;
                }
            }
        }
        assertThat(accepted)
                .as("each seller's own plan allows 5, the application 20")
                .isEqualTo(20);
        assertThat(throttled).isEqualTo(5);
    }

    @Test
    void slowPlansRefillSlowly() {
        for (int i = 0; i < 10; i++) {
            assertThat(http.get("/feeds/2021-06-30/feeds?feedTypes=JSON_LISTINGS_FEED", token)
                            .header("x-amzn-RateLimit-Limit"))
                    .contains("0.0222");
        }
        assertThat(http.get("/feeds/2021-06-30/feeds?feedTypes=JSON_LISTINGS_FEED", token)
                        .status())
                .isEqualTo(429);
        advance(46);
        assertThat(http.get("/feeds/2021-06-30/feeds?feedTypes=JSON_LISTINGS_FEED", token)
                        .status())
                .isEqualTo(200);
    }

    @Test
    void bucketsArePerSeller() {
        for (int i = 0; i < 10; i++) {
            http.get(path, token);
        }
        assertThat(http.get(path, token).status()).isEqualTo(429);
        JsonNode other = http.get("/_emulator/sellers", null).json().get(1);
        String otherToken = token(other.get("refreshToken").asText());
        Http.Response otherCall = http.get(
                "/listings/2021-08-01/items/" + other.get("sellerId").asText() + "?marketplaceIds=" + UK, otherToken);
        assertThat(otherCall.status()).isEqualTo(200);
    }

    @Test
    void rateMultiplierScalesEveryPlan() {
        configure(Map.of("rateMultiplier", 10.0));
        for (int i = 0; i < 100; i++) {
            Http.Response response = http.get(path, token);
            assertThat(response.status()).isEqualTo(200);
            assertThat(response.header("x-amzn-RateLimit-Limit")).contains("50.0");
        }
        assertThat(http.get(path, token).status()).isEqualTo(429);
    }

    @Test
    void injectedErrorsUseAmazonsErrorBodies() {
        setFaults("getListingsItem", Map.of("internalError", 1.0));
        Http.Response failed = http.get(path, token);
        assertThat(failed.status()).isEqualTo(500);
        assertThat(failed.json().at("/errors/0/code").asText()).isEqualTo("InternalFailure");
        assertThat(failed.header("x-amzn-RateLimit-Limit")).isEmpty();

        setFaults("getListingsItem", Map.of("unavailable", 1.0));
        assertThat(http.get(path, token).json().at("/errors/0/code").asText()).isEqualTo("ServiceUnavailable");

        setFaults("getListingsItem", Map.of("throttle", 1.0));
        assertThat(http.get(path, token).status()).isEqualTo(429);

        setFaults("getListingsItem", Map.of("truncatedBody", 1.0));
        Http.Response truncated = http.get(path, token);
        assertThat(truncated.status()).isEqualTo(200);
        assertThatThrownBy(truncated::json).isInstanceOf(UncheckedIOException.class);

        http.send("DELETE", "/_emulator/faults", null, null, null);
        assertThat(http.get(path, token).status()).isEqualTo(200);
    }

    @Test
    void droppedConnectionEndsTheResponseEarly() {
        setFaults("getListingsItem", Map.of("droppedConnection", 1.0));
        assertThatThrownBy(() -> http.get(path, token)).isInstanceOf(UncheckedIOException.class);
    }

    @Test
    void faultsOnOneOperationLeaveOthersAlone() {
        setFaults("getFeeds", Map.of("internalError", 1.0));
        assertThat(http.get(path, token).status()).isEqualTo(200);
    }

    @Test
    void addedLatencyDelaysTheResponse() {
        setFaults("getListingsItem", Map.of("latencyMillis", 300));
        long start = System.nanoTime();
        assertThat(http.get(path, token).status()).isEqualTo(200);
        assertThat((System.nanoTime() - start) / 1_000_000).isGreaterThanOrEqualTo(300);
    }

    @Test
    void feedFaultsMakeFeedsFatalOrStuck() {
        JsonNode listing = listingInBothMarketplaces();
        Feeds feeds = new Feeds(http, token);
        String doc = Feeds.document(
                sellerId,
                Feeds.quantityMessage(
                        1,
                        listing.get("sku").asText(),
                        listing.get("productType").asText(),
                        1));
        http.json("PUT", "/_emulator/faults", Map.of("nextFeedsFatal", 1), null);
        String fatal = feeds.submit(doc, List.of(UK));
        String fine = feeds.submit(doc, List.of(UK));
        advance(200);
        assertThat(feeds.status(fatal)).isEqualTo("FATAL");
        assertThat(feeds.status(fine)).isEqualTo("DONE");

        http.json("PUT", "/_emulator/faults", Map.of("feedsStuckInQueue", true), null);
        String stuck = feeds.submit(doc, List.of(UK));
        advance(3000);
        assertThat(feeds.status(stuck)).isEqualTo("IN_QUEUE");
    }

    @Test
    void priceThatNeverPropagatesStaysOldWhileTheFeedSucceeds() {
        JsonNode listing = listingInBothMarketplaces();
        String sku = listing.get("sku").asText();
        http.json("PUT", "/_emulator/faults", Map.of("priceNeverPropagatesSkus", List.of(sku)), null);
        Feeds feeds = new Feeds(http, token);
        String feedId = feeds.submit(
                Feeds.document(
                        sellerId,
                        Feeds.priceMessage(1, sku, listing.get("productType").asText(), UK, "GBP", "1.23")),
                List.of(UK));
        advance(3000);
        assertThat(feeds.report(feedId).at("/summary/messagesAccepted").asInt()).isEqualTo(1);
        assertThat(truth(sku).at("/offers/" + UK + "/price").decimalValue())
                .isEqualByComparingTo(listing.at("/offers/" + UK + "/price").decimalValue());
    }

    @Test
    void anOfferUnderThePriceDropFaultLosesItsPriceOnceAsItsQuantityRises() {
        JsonNode listing = listingInBothMarketplaces();
        String sku = listing.get("sku").asText();
        int before = listing.get("quantity").asInt();
        http.json("PUT", "/_emulator/faults", Map.of("priceDropsWithQuantitySkus", List.of(sku)), null);
        Feeds feeds = new Feeds(http, token);
        feeds.submit(
                Feeds.document(
                        sellerId,
                        Feeds.quantityMessage(1, sku, listing.get("productType").asText(), before + 3)),
                List.of(UK));
        advance(3000);

        assertThat(truth(sku).get("quantity").asInt()).isEqualTo(before + 3);
        assertThat(truth(sku).at("/offers/" + UK + "/price").isMissingNode()
                        || truth(sku).at("/offers/" + UK + "/price").isNull())
                .as("the price is gone")
                .isTrue();
        JsonNode changes = http.get("/_emulator/changes?sku=" + sku, null).json();
        JsonNode last = changes.get(changes.size() - 1);
        assertThat(last.get("kind").asText()).isEqualTo("PRICE");
        assertThat(last.has("newValue") && !last.get("newValue").isNull()).isFalse();
        assertThat(http.get("/_emulator/faults", null).json().get("priceDropsWithQuantitySkus"))
                .as("used up")
                .isEmpty();
    }

    @Test
    void callLogRecordsEveryCallWithItsStatus() {
        http.get(path, token);
        http.get(path, null);
        JsonNode calls =
                http.get("/_emulator/calls?operation=getListingsItem", null).json();
        assertThat(calls).hasSize(2);
        assertThat(calls.get(0).get("status").asInt()).isEqualTo(200);
        assertThat(calls.get(0).get("sellerId").asText()).isEqualTo(sellerId);
        assertThat(calls.get(1).get("status").asInt()).isEqualTo(403);
    }

    private void setFaults(String operation, Map<String, Object> faults) {
        Map<String, Object> full = new java.util.HashMap<>(Map.of(
                "throttle",
                0,
                "internalError",
                0,
                "unavailable",
                0,
                "truncatedBody",
                0,
                "droppedConnection",
                0,
                "latencyMillis",
                0));
        full.putAll(faults);
        Http.Response response =
                http.json("PUT", "/_emulator/faults", Map.of("operations", Map.of(operation, full)), null);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
    }
}
