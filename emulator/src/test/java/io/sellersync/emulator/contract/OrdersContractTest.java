// SPDX-License-Identifier: Apache-2.0
package io.sellersync.emulator.contract;

import static io.sellersync.emulator.contract.ContractAssertions.conforms;
import static io.sellersync.emulator.support.SpApiModels.ORDERS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.sellersync.emulator.support.EmulatorTest;
import io.sellersync.emulator.support.Http;
import io.sellersync.emulator.support.SpApiModels;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Orders 2026-01-01 responses against {@code orders_2026-01-01.json}. */
class OrdersContractTest extends EmulatorTest {

    private static final String ALL = "BUYER,RECIPIENT,PROCEEDS,EXPENSE,PROMOTION,CANCELLATION,FULFILLMENT,PACKAGES,"
            + "TAX,PAYMENT,FULFILLMENT_ORDERS";

    private String token;
    private String orderId;

    @BeforeEach
    void setUp() {
        assumeTrue(SpApiModels.available(), SpApiModels.missingReason());
        http.json("PUT", "/_emulator/buyers", Map.of("purchasesPerHour", 30), null);
        advance(3 * 3600);
        token = token();
        JsonNode orders =
                http.get("/_emulator/orders?sellerId=" + sellerId, null).json();
        orderId = orders.get(0).get("orderId").asText();
    }

    @Test
    void searchOrders() {
        String base = "/orders/2026-01-01/orders?createdAfter=" + START;
        Http.Response page = conforms(
                ORDERS, "searchOrders", 200, http.get(base + "&maxResultsPerPage=5&includedData=" + ALL, token));
        conforms(
                ORDERS,
                "searchOrders",
                200,
                http.get(
                        base + "&maxResultsPerPage=5&includedData=" + ALL + "&paginationToken="
                                + page.json().at("/pagination/nextToken").asText(),
                        token));
        conforms(
                ORDERS,
                "searchOrders",
                200,
                http.get(
                        "/orders/2026-01-01/orders?lastUpdatedAfter=" + START
                                + "&fulfillmentStatuses=UNSHIPPED,SHIPPED&marketplaceIds=" + UK
                                + "&fulfilledBy=MERCHANT",
                        token));
        conforms(ORDERS, "searchOrders", 400, http.get("/orders/2026-01-01/orders?createdAfter=TEST_CASE_400", token));
        conforms(ORDERS, "searchOrders", 400, http.get("/orders/2026-01-01/orders", token));
    }

    @Test
    void getOrder() {
        conforms(ORDERS, "getOrder", 200, http.get("/orders/2026-01-01/orders/" + orderId, token));
        conforms(
                ORDERS,
                "getOrder",
                200,
                http.get("/orders/2026-01-01/orders/" + orderId + "?includedData=" + ALL, token));
        conforms(
                ORDERS,
                "getOrder",
                400,
                http.get("/orders/2026-01-01/orders/" + orderId + "?includedData=EVERYTHING", token));
        conforms(ORDERS, "getOrder", 404, http.get("/orders/2026-01-01/orders/TEST_CASE_400", token));
    }

    @Test
    void everyBlockOfShippedCancelledAndAmazonFulfilledOrders() {
        http.json("PUT", "/_emulator/config", Map.of("rateMultiplier", 100.0), null);
        advance(4 * 24 * 3600);
        token = token();
        Set<String> seen = new HashSet<>();
        for (JsonNode order :
                http.get("/_emulator/orders?sellerId=" + sellerId, null).json()) {
            String kind = order.get("fulfilledBy").asText() + "/"
                    + order.get("fulfillmentStatus").asText()
                    + (order.hasNonNull("promotionId") ? "/promoted" : "")
                    + (order.get("shippingPrice").decimalValue().signum() > 0 ? "/shipping" : "");
            if (seen.add(kind)) {
                conforms(
                        ORDERS,
                        "getOrder",
                        200,
                        http.get(
                                "/orders/2026-01-01/orders/"
                                        + order.get("orderId").asText() + "?includedData=" + ALL,
                                token));
            }
        }
        assertThat(seen)
                .contains("AMAZON/SHIPPED", "MERCHANT/SHIPPED", "MERCHANT/SHIPPED/shipping")
                .anyMatch(kind -> kind.endsWith("CANCELLED"))
                .anyMatch(kind -> kind.contains("promoted"));
        conforms(
                ORDERS,
                "searchOrders",
                200,
                http.get(
                        "/orders/2026-01-01/orders?createdAfter=" + START + "&includedData=" + ALL
                                + "&fulfilledBy=AMAZON",
                        token));
    }
}
