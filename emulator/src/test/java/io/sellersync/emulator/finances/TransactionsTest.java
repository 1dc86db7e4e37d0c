// SPDX-License-Identifier: Apache-2.0
package io.sellersync.emulator.finances;

import static io.sellersync.emulator.support.Ledgers.amount;
import static io.sellersync.emulator.support.Ledgers.type;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.sellersync.emulator.support.EmulatorTest;
import io.sellersync.emulator.support.Http;
import io.sellersync.emulator.support.Ledgers;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Shipped orders become shipment transactions whose breakdown adds up, under listTransactions' window rules. */
class TransactionsTest extends EmulatorTest {

    private String token;
    private List<String> shippedOrders;

    @BeforeEach
    void sellAndShip() {
        JsonNode listing = listingInBothMarketplaces();
        for (int i = 0; i < 6; i++) {
            http.json(
                    "POST",
                    "/_emulator/buyers/purchase",
                    Map.of("sku", listing.get("sku").asText(), "marketplaceId", i % 2 == 0 ? UK : DE, "quantity", 1),
                    null);
            advance(60);
        }
        advance(24 * 3600 + 48 * 3600 + 300);
        token = token();
        shippedOrders = new ArrayList<>();
        for (JsonNode order :
                http.get("/_emulator/orders?sellerId=" + sellerId, null).json()) {
            if (order.get("fulfillmentStatus").asText().equals("SHIPPED")) {
                shippedOrders.add(order.get("orderId").asText());
            }
        }
        assertThat(shippedOrders).isNotEmpty();
    }

    @Test
    void everyShippedOrderHasAShipmentTransactionWhoseBreakdownAddsUpToTheCent() {
        List<JsonNode> transactions = new ArrayList<>();
        for (String marketplace : List.of(UK, DE)) {
            list("postedAfter=" + START.minusSeconds(3600) + "&marketplaceId=" + marketplace)
                    .at("/payload/transactions")
                    .forEach(transactions::add);
        }
        assertThat(transactions).hasSize(shippedOrders.size());
        for (JsonNode t : transactions) {
            assertThat(t.get("transactionType").asText()).isEqualTo("Shipment");
            assertThat(shippedOrders)
                    .contains(
                            t.at("/relatedIdentifiers/0/relatedIdentifierValue").asText());
            BigDecimal total = t.at("/totalAmount/currencyAmount").decimalValue();
            BigDecimal sales = amount(t, "Sales");
            BigDecimal expenses = amount(t, "Expenses");
            assertThat(sales.add(expenses)).isEqualByComparingTo(total);
            assertThat(expenses.signum()).isNegative();
            JsonNode charges = t.at("/breakdowns/0/breakdowns/0");
            assertThat(charges.get("breakdownType").asText()).isEqualTo("ProductCharges");
            BigDecimal principal =
                    charges.at("/breakdowns/0/breakdownAmount/currencyAmount").decimalValue();
            BigDecimal tax =
                    charges.at("/breakdowns/1/breakdownAmount/currencyAmount").decimalValue();
            assertThat(principal.add(tax)).isEqualByComparingTo(sales);
            assertThat(t.at("/items/0/contexts/0/contextType").asText()).isEqualTo("ProductContext");
        }
    }

    @Test
    void refundsReverseSalesAndTransfersPayOutWhatBecamePayable() {
        buyFor(48, 30);
        advance(40L * 24 * 3600);
        token = token();
        List<JsonNode> all = Ledgers.all(http, token, "postedAfter=" + START.minusSeconds(3600), UK, DE);
        assertThat(all).extracting(Ledgers::type).contains("ServiceFee");
        Map<String, JsonNode> shipments = new HashMap<>();
        all.stream()
                .filter(t -> type(t).equals("Shipment"))
                .forEach(t -> shipments.put(
                        t.at("/relatedIdentifiers/0/relatedIdentifierValue").asText(), t));
        List<JsonNode> refunds =
                all.stream().filter(t -> type(t).equals("Refund")).toList();
        List<JsonNode> transfers =
                all.stream().filter(t -> type(t).equals("Transfer")).toList();
        assertThat(refunds).isNotEmpty();
        assertThat(transfers).isNotEmpty();
        for (JsonNode refund : refunds) {
            JsonNode shipment = shipments.get(
                    refund.at("/relatedIdentifiers/0/relatedIdentifierValue").asText());
            assertThat(shipment).isNotNull();
            assertThat(amount(refund, "Sales"))
                    .isEqualByComparingTo(amount(shipment, "Sales").negate());
            assertThat(amount(refund, "Sales").add(amount(refund, "Expenses")))
                    .isEqualByComparingTo(
                            refund.at("/totalAmount/currencyAmount").decimalValue());
        }
        for (JsonNode transfer : transfers) {
            Instant end = Instant.parse(transfer.get("postedDate").asText());
            Instant start = end.minus(Duration.ofDays(14));
            String market = transfer.at("/marketplaceDetails/marketplaceId").asText();
            BigDecimal payable = all.stream()
                    .filter(t -> !type(t).equals("Transfer"))
                    .filter(t ->
                            t.at("/marketplaceDetails/marketplaceId").asText().equals(market))
                    .filter(t -> {
                        Instant posted = Instant.parse(t.get("postedDate").asText());
                        Instant due = type(t).equals("Shipment") ? posted.plus(Duration.ofDays(7)) : posted;
                        return !due.isBefore(start) && due.isBefore(end);
                    })
                    .map(t -> t.at("/totalAmount/currencyAmount").decimalValue())
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(transfer.at("/totalAmount/currencyAmount").decimalValue())
                    .isEqualByComparingTo(payable.negate());
        }
    }

    @Test
    void faultsPostTransactionsLateAndChangeThemInPlace() {
        http.json("PUT", "/_emulator/faults", Map.of("lateTransactionHours", 100, "changedTransactions", 1.0), null);
        JsonNode listing = listingInBothMarketplaces();
        String orderId = null;
        while (orderId == null) {
            JsonNode order = http.json(
                            "POST",
                            "/_emulator/buyers/purchase",
                            Map.of("sku", listing.get("sku").asText(), "marketplaceId", UK, "quantity", 1),
                            null)
                    .json();
            advance(24 * 3600 + 60);
            JsonNode now = http.get("/_emulator/orders", null).json();
            for (JsonNode o : now) {
                if (o.get("orderId").equals(order.get("orderId"))
                        && o.get("fulfillmentStatus").asText().equals("SHIPPED")) {
                    orderId = o.get("orderId").asText();
                }
            }
        }
        Instant shipped = Instant.parse(
                        http.get("/_emulator/clock", null).json().get("now").asText())
                .minusSeconds(60);
        advance(99 * 3600);
        token = token();
        assertThat(byOrder(orderId)).isEmpty();
        advance(48 * 3600 + 24 * 3600 + 60);
        token = token();
        JsonNode transaction = byOrder(orderId).get(0);
        assertThat(Instant.parse(transaction.get("postedDate").asText()))
                .isAfterOrEqualTo(shipped.plusSeconds(100 * 3600));
        BigDecimal sales = amount(transaction, "Sales");
        BigDecimal commission = transaction
                .at("/breakdowns/1/breakdowns/0/breakdowns/0/breakdownAmount/currencyAmount")
                .decimalValue();
        assertThat(commission)
                .isLessThan(sales.multiply(new BigDecimal("0.15"))
                        .setScale(2, java.math.RoundingMode.HALF_UP)
                        .negate());
        assertThat(sales.add(amount(transaction, "Expenses")))
                .isEqualByComparingTo(
                        transaction.at("/totalAmount/currencyAmount").decimalValue());
    }

    private List<JsonNode> byOrder(String orderId) {
        List<JsonNode> found = new ArrayList<>();
        list("relatedIdentifierName=ORDER_ID&relatedIdentifierValue=" + orderId + "&marketplaceId=" + UK)
                .at("/payload/transactions")
                .forEach(found::add);
        return found;
    }

    @Test
    void withoutAMarketplaceOnlyUsMerchantOrdersAreListed() {
        assertThat(list("postedAfter=" + START.minusSeconds(3600)).at("/payload/transactions"))
                .isEmpty();
    }

    @Test
    void deferredTransactionsAreReleasedInPlace() {
        JsonNode before = list("postedAfter=" + START.minusSeconds(3600) + "&marketplaceId=" + UK)
                .at("/payload/transactions/0");
        assertThat(before.get("transactionStatus").asText()).isEqualTo("DEFERRED");
        advance(7 * 24 * 3600);
        token = token();
        JsonNode after = list("postedAfter=" + START.minusSeconds(3600) + "&marketplaceId=" + UK
                        + "&transactionStatus=DEFERRED_RELEASED")
                .at("/payload/transactions/0");
        assertThat(after.get("transactionId").asText())
                .isEqualTo(before.get("transactionId").asText());
        assertThat(after.get("postedDate").asText())
                .isEqualTo(before.get("postedDate").asText());
    }

    @Test
    void transactionsCanBeListedByOrder() {
        String orderId = shippedOrders.get(0);
        JsonNode found = list("relatedIdentifierName=ORDER_ID&relatedIdentifierValue=" + orderId + "&marketplaceId="
                + marketplaceOf(orderId));
        assertThat(found.at("/payload/transactions")).hasSize(1);
    }

    @Test
    void windowRulesAreEnforced() {
        assertThat(http.get("/finances/2024-06-19/transactions?marketplaceId=" + UK, token)
                        .json()
                        .at("/errors/0/message")
                        .asText())
                .isEqualTo("Start date cannot be null");
        String now = http.get("/_emulator/clock", null).json().get("now").asText();
        assertThat(http.get("/finances/2024-06-19/transactions?postedAfter=" + START + "&postedBefore=" + now, token)
                        .status())
                .isEqualTo(400);
        JsonNode tooLong = list("postedAfter=" + START.minusSeconds(200L * 24 * 3600) + "&marketplaceId=" + UK);
        assertThat(tooLong.at("/payload/transactions")).isEmpty();
        assertThat(http.get(
                                "/finances/2024-06-19/transactions?postedAfter=2026-01-01&marketplaceId=" + UK
                                        + "&relatedIdentifierName=SHIPMENT_ID&relatedIdentifierValue=1",
                                token)
                        .status())
                .isEqualTo(400);
    }

    private String marketplaceOf(String orderId) {
        for (JsonNode order : http.get("/_emulator/orders", null).json()) {
            if (order.get("orderId").asText().equals(orderId)) {
                return order.get("marketplaceId").asText();
            }
        }
        throw new AssertionError(orderId);
    }

    private JsonNode list(String query) {
        Http.Response response = http.get("/finances/2024-06-19/transactions?" + query, token);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }
}
