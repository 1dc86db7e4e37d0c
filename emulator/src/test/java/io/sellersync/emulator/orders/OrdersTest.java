// SPDX-License-Identifier: Apache-2.0
package io.sellersync.emulator.orders;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.sellersync.emulator.support.EmulatorTest;
import io.sellersync.emulator.support.Http;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Buyers, orders and quantities are one world; searchOrders enforces Amazon's filter and paging rules. */
class OrdersTest extends EmulatorTest {

    private String token;
    private JsonNode listing;
    private String sku;

    @BeforeEach
    void setUp() {
        token = token();
        listing = listingInBothMarketplaces();
        sku = listing.get("sku").asText();
    }

    @Test
    void aPurchaseLowersTheLiveQuantityAndCreatesAnOrderAtTheLivePrice() {
        int before = listing.get("quantity").asInt();
        JsonNode order = purchase(sku, UK, 1).json();
        assertThat(truth(sku).get("quantity").asInt()).isEqualTo(before - 1);
        assertThat(order.get("fulfillmentStatus").asText()).isEqualTo("PENDING");
        assertThat(order.at("/lines/0/unitPrice").decimalValue())
                .isEqualByComparingTo(listing.at("/offers/" + UK + "/price").decimalValue());

        advance(121);
        JsonNode found = http.get(
                        "/orders/2026-01-01/orders?createdAfter=" + START.minusSeconds(3600)
                                + "&includedData=PROCEEDS,FULFILLMENT,BUYER",
                        token)
                .json();
        assertThat(found.get("orders")).hasSize(1);
        JsonNode o = found.get("orders").get(0);
        assertThat(o.get("orderId").asText()).isEqualTo(order.get("orderId").asText());
        assertThat(o.at("/orderItems/0/product/sellerSku").asText()).isEqualTo(sku);
        assertThat(o.at("/orderItems/0/product/price/unitPrice/amount").asText())
                .isEqualTo(listing.at("/offers/" + UK + "/price").decimalValue().toPlainString());
        assertThat(o.at("/proceeds/grandTotal/currencyCode").asText()).isEqualTo("GBP");
        assertThat(o.at("/fulfillment/fulfillmentStatus").asText()).isEqualTo("PENDING");
        assertThat(found.get("createdBefore").asText())
                .isEqualTo(START.plusSeconds(1).toString());
    }

    @Test
    void aQuantitySetByAFeedOrPatchIsExactlyWhatBuyersCanBuy() {
        http.json(
                "PATCH",
                "/listings/2021-08-01/items/" + sellerId + "/" + sku + "?marketplaceIds=" + UK,
                Map.of(
                        "productType",
                        listing.get("productType").asText(),
                        "patches",
                        List.of(Map.of(
                                "op",
                                "replace",
                                "path",
                                "/attributes/fulfillment_availability",
                                "value",
                                List.of(Map.of("fulfillment_channel_code", "DEFAULT", "quantity", 2))))),
                token);
        advance(60);
        assertThat(purchase(sku, UK, 3).status()).isEqualTo(409);
        assertThat(purchase(sku, DE, 2).status()).isEqualTo(200);
        assertThat(purchase(sku, UK, 1).status()).isEqualTo(409);
        assertThat(truth(sku).get("quantity").asInt()).isZero();
    }

    @Test
    void ordersMoveToUnshippedThenShippedOrCancelled() {
        String orderId = purchase(sku, UK, 1).json().get("orderId").asText();
        advance(30 * 60);
        assertThat(status(orderId)).isEqualTo("UNSHIPPED");
        advance(24 * 3600);
        token = token();
        assertThat(status(orderId)).isIn("SHIPPED", "CANCELLED");
    }

    @Test
    void simulatedBuyersKeepQuantitiesAndOrdersConsistent() {
        JsonNode start =
                http.get("/_emulator/listings?sellerId=" + sellerId, null).json();
        http.json("PUT", "/_emulator/buyers", Map.of("purchasesPerHour", 40), null);
        advance(6 * 3600);
        JsonNode orders =
                http.get("/_emulator/orders?sellerId=" + sellerId, null).json();
        assertThat(orders.size()).isGreaterThan(20);
        Map<String, Integer> sold = new HashMap<>();
        for (JsonNode order : orders) {
            if (!order.get("fulfillmentStatus").asText().equals("CANCELLED")) {
                order.get("lines")
                        .forEach(l -> sold.merge(
                                l.get("sku").asText(), l.get("quantity").asInt(), Integer::sum));
            }
        }
        for (JsonNode before : start) {
            int now = truth(before.get("sku").asText()).get("quantity").asInt();
            assertThat(now)
                    .as(before.get("sku").asText())
                    .isEqualTo(before.get("quantity").asInt()
                            - sold.getOrDefault(before.get("sku").asText(), 0));
        }
    }

    @Test
    void sameSeedGivesTheSameOrders() {
        String first = ordersAfterAFewHours();
        String second = ordersAfterAFewHours();
        assertThat(second).isEqualTo(first);
    }

    @Test
    void searchRulesAreEnforced() {
        String after = START.minusSeconds(3600).toString();
        assertThat(search("")).isEqualTo(400);
        assertThat(search("createdAfter=" + after + "&lastUpdatedAfter=" + after))
                .isEqualTo(400);
        assertThat(search("createdAfter=" + after + "&lastUpdatedBefore=" + START.minusSeconds(600)))
                .isEqualTo(400);
        assertThat(search("createdAfter=" + START.minusSeconds(60))).isEqualTo(400);
        assertThat(search("createdAfter=" + after + "&createdBefore=" + START.minusSeconds(60)))
                .isEqualTo(400);
        assertThat(search("createdAfter=" + after + "&createdBefore=" + START.minusSeconds(7200)))
                .isEqualTo(400);
        assertThat(search("createdAfter=" + after + "&maxResultsPerPage=101")).isEqualTo(400);
        assertThat(search("createdAfter=" + after + "&fulfillmentStatuses=LOST"))
                .isEqualTo(400);
        assertThat(search("createdAfter=" + after + "&fulfillmentStatuses=PENDING,UNSHIPPED"))
                .isEqualTo(200);
        assertThat(search("lastUpdatedAfter=" + after + "&lastUpdatedBefore=" + START.minusSeconds(300)))
                .isEqualTo(200);
    }

    @Test
    void paginationTokenNeedsTheSameFiltersAndExpiresAfterADay() {
        for (int i = 0; i < 3; i++) {
            purchase(sku, UK, 1);
            advance(10);
        }
        advance(120);
        String query = "/orders/2026-01-01/orders?createdAfter=" + START.minusSeconds(60) + "&maxResultsPerPage=2";
        JsonNode page = http.get(query, token).json();
        assertThat(page.get("orders")).hasSize(2);
        String next = page.at("/pagination/nextToken").asText();
        assertThat(http.get(
                                "/orders/2026-01-01/orders?createdAfter=" + START.minusSeconds(61) + "&paginationToken="
                                        + next,
                                token)
                        .status())
                .isEqualTo(400);
        JsonNode last = http.get(query + "&paginationToken=" + next, token).json();
        assertThat(last.get("orders")).hasSize(1);
        assertThat(last.has("pagination")).isFalse();

        advance(24 * 3600);
        token = token();
        assertThat(http.get(query + "&paginationToken=" + next, token).status()).isEqualTo(400);
    }

    private String ordersAfterAFewHours() {
        http.json(
                "POST",
                "/_emulator/seed",
                Map.of("seed", 7, "startTime", START.toString(), "speed", 0, "purchasesPerHour", 20),
                null);
        advance(3 * 3600);
        return http.get("/_emulator/orders", null).body();
    }

    private int search(String query) {
        return http.get("/orders/2026-01-01/orders?" + query, token).status();
    }

    private String status(String orderId) {
        return http.get("/orders/2026-01-01/orders/" + orderId + "?includedData=FULFILLMENT", token)
                .json()
                .at("/order/fulfillment/fulfillmentStatus")
                .asText();
    }

    private Http.Response purchase(String sku, String marketplaceId, int quantity) {
        return http.json(
                "POST",
                "/_emulator/buyers/purchase",
                Map.of("sku", sku, "marketplaceId", marketplaceId, "quantity", quantity),
                null);
    }
}
