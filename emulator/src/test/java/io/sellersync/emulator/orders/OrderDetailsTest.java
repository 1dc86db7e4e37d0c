// SPDX-License-Identifier: Apache-2.0
package io.sellersync.emulator.orders;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.sellersync.emulator.support.EmulatorTest;
import io.sellersync.emulator.support.Http;
import io.sellersync.emulator.support.Ledgers;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The optional order blocks agree with the rest of the world: proceeds are the Sales of the order's shipment, FBA
 * orders are fulfilled by Amazon without packages, merchant orders ship in tracked packages, cancellations and
 * promotions show when asked, and buyer data never appears unless asked for.
 */
class OrderDetailsTest extends EmulatorTest {

    private static final String ALL_BUT_BUYER =
            "PROCEEDS,EXPENSE,PROMOTION,CANCELLATION,FULFILLMENT,PACKAGES,TAX,PAYMENT,FULFILLMENT_ORDERS";

    private String token;
    private Map<String, JsonNode> truth;

    @BeforeEach
    void tradeForAWhile() {
        buyFor(48, 20);
        advance(4 * 24 * 3600);
        token = token();
        truth = new HashMap<>();
        http.get("/_emulator/orders?sellerId=" + sellerId, null)
                .json()
                .forEach(o -> truth.put(o.get("orderId").asText(), o));
    }

    @Test
    void proceedsAreTheSalesOfTheOrdersShipmentTransaction() {
        Map<String, JsonNode> shipments = new HashMap<>();
        Ledgers.all(http, token, "postedAfter=" + START.minusSeconds(3600), UK, DE).stream()
                .filter(t -> Ledgers.type(t).equals("Shipment"))
                .forEach(t -> shipments.put(
                        t.at("/relatedIdentifiers/0/relatedIdentifierValue").asText(), t));
        List<JsonNode> shipped = search("PROCEEDS", "&fulfillmentStatuses=SHIPPED");
        assertThat(shipped).hasSize(shipments.size()).isNotEmpty();
        for (JsonNode order : shipped) {
            JsonNode proceeds = order.get("proceeds");
            BigDecimal grandTotal = money(proceeds.get("grandTotal"));
            JsonNode shipment = shipments.get(order.get("orderId").asText());
            assertThat(grandTotal).isEqualByComparingTo(Ledgers.amount(shipment, "Sales"));
            assertThat(sum(proceeds.get("breakdowns"))).isEqualByComparingTo(grandTotal);
            JsonNode item = order.at("/orderItems/0/proceeds");
            assertThat(money(item.get("proceedsTotal"))).isEqualByComparingTo(grandTotal);
            for (JsonNode breakdown : item.get("breakdowns")) {
                if (breakdown.get("type").asText().equals("TAX")) {
                    BigDecimal parts = BigDecimal.ZERO;
                    for (JsonNode part : breakdown.get("detailedBreakdowns")) {
                        parts = parts.add(money(part.get("value")));
                    }
                    assertThat(parts).isEqualByComparingTo(money(breakdown.get("subtotal")));
                }
            }
        }
    }

    @Test
    void amazonFulfilledOrdersHaveNoPackagesAndMerchantOrdersShipInTrackedPackages() {
        List<JsonNode> amazon = search("FULFILLMENT,PACKAGES", "&fulfilledBy=AMAZON");
        List<JsonNode> merchant = search("FULFILLMENT,PACKAGES", "&fulfilledBy=MERCHANT&fulfillmentStatuses=SHIPPED");
        assertThat(amazon).isNotEmpty();
        assertThat(merchant).isNotEmpty();
        for (JsonNode order : amazon) {
            assertThat(order.at("/fulfillment/fulfilledBy").asText()).isEqualTo("AMAZON");
            assertThat(order.has("packages")).isFalse();
            assertThat(truth.get(order.get("orderId").asText())
                            .get("fulfilledBy")
                            .asText())
                    .isEqualTo("AMAZON");
        }
        String fbaSku = amazon.get(0).at("/orderItems/0/product/sellerSku").asText();
        JsonNode availability = http.get(
                        "/listings/2021-08-01/items/" + sellerId + "/" + fbaSku + "?marketplaceIds="
                                + amazon.get(0)
                                        .at("/salesChannel/marketplaceId")
                                        .asText()
                                + "&includedData=fulfillmentAvailability",
                        token)
                .json();
        assertThat(availability
                        .at("/fulfillmentAvailability/0/fulfillmentChannelCode")
                        .asText())
                .isEqualTo("AMAZON_EU");
        for (JsonNode order : merchant) {
            assertThat(order.at("/fulfillment/fulfilledBy").asText()).isEqualTo("MERCHANT");
            JsonNode pkg = order.at("/packages/0");
            assertThat(pkg.get("trackingNumber").asText()).isNotBlank();
            assertThat(pkg.get("shipTime").asText())
                    .isEqualTo(order.get("lastUpdatedTime").asText());
            assertThat(pkg.at("/packageStatus/status").asText()).isIn("IN_TRANSIT", "DELIVERED");
            assertThat(pkg.at("/packageItems/0/orderItemId").asText())
                    .isEqualTo(order.at("/orderItems/0/orderItemId").asText());
            assertThat(pkg.at("/packageItems/0/quantity").asInt())
                    .isEqualTo(order.at("/orderItems/0/quantityOrdered").asInt());
            assertThat(order.at("/orderItems/0/fulfillment/quantityUnfulfilled").asInt())
                    .isZero();
        }
        assertThat(search("PACKAGES", "&fulfillmentStatuses=UNSHIPPED,PENDING,CANCELLED"))
                .allSatisfy(o -> assertThat(o.has("packages")).isFalse());
    }

    @Test
    void cancellationsAndPromotionsShowOnlyWhenAsked() {
        List<JsonNode> cancelled = search("CANCELLATION,PROCEEDS", "&fulfillmentStatuses=CANCELLED");
        assertThat(cancelled).isNotEmpty();
        for (JsonNode order : cancelled) {
            assertThat(order.at("/orderItems/0/cancellation/cancellationRequest/requester")
                            .asText())
                    .isEqualTo("BUYER");
            assertThat(money(order.at("/proceeds/grandTotal"))).isZero();
        }
        assertThat(search("PROCEEDS", "&fulfillmentStatuses=CANCELLED"))
                .allSatisfy(o -> assertThat(o.at("/orderItems/0/cancellation").isMissingNode())
                        .isTrue());
        List<JsonNode> promoted = search("PROMOTION", "").stream()
                .filter(o -> o.at("/orderItems/0/promotion").isObject())
                .toList();
        assertThat(promoted).isNotEmpty();
        for (JsonNode order : promoted) {
            assertThat(order.at("/orderItems/0/promotion/breakdowns/0/promotionId")
                            .asText())
                    .isEqualTo(truth.get(order.get("orderId").asText())
                            .get("promotionId")
                            .asText());
        }
        assertThat(search("PROCEEDS", ""))
                .allSatisfy(o -> assertThat(o.at("/orderItems/0/promotion").isMissingNode())
                        .isTrue());
    }

    @Test
    void noBuyerDataAppearsInBlocksThatWereNotAskedFor() {
        List<JsonNode> orders = search(ALL_BUT_BUYER, "");
        assertThat(orders).hasSize(truth.size());
        for (JsonNode order : orders) {
            JsonNode buyer = truth.get(order.get("orderId").asText());
            String body = order.toString();
            assertThat(order.has("buyer")).isFalse();
            assertThat(order.has("recipient")).isFalse();
            assertThat(body)
                    .doesNotContain(buyer.get("buyerName").asText())
                    .doesNotContain(buyer.get("buyerEmail").asText())
                    .doesNotContain(buyer.get("postalCode").asText());
        }
    }

    /** Every order of the demo seller created since the start, with these datasets, all pages. */
    private List<JsonNode> search(String includedData, String filters) {
        String base = "/orders/2026-01-01/orders?createdAfter=" + START.minusSeconds(3600) + "&includedData="
                + includedData + filters;
        List<JsonNode> orders = new ArrayList<>();
        String next = null;
        do {
            Http.Response page = http.get(base + (next == null ? "" : "&paginationToken=" + next), token);
            assertThat(page.status()).as(page.body()).isEqualTo(200);
            page.json().get("orders").forEach(orders::add);
            JsonNode token = page.json().at("/pagination/nextToken");
            next = token.isTextual() ? token.asText() : null;
        } while (next != null);
        return orders;
    }

    private static BigDecimal sum(JsonNode breakdowns) {
        BigDecimal sum = BigDecimal.ZERO;
        for (JsonNode b : breakdowns) {
            sum = sum.add(money(b.get("subtotal")));
        }
        return sum;
    }

    private static BigDecimal money(JsonNode money) {
        return new BigDecimal(money.get("amount").asText());
    }
}
