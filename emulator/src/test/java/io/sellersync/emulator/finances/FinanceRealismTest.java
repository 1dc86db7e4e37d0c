// SPDX-License-Identifier: Apache-2.0
package io.sellersync.emulator.finances;

import static io.sellersync.emulator.support.Ledgers.amount;
import static io.sellersync.emulator.support.Ledgers.node;
import static io.sellersync.emulator.support.Ledgers.total;
import static io.sellersync.emulator.support.Ledgers.type;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.sellersync.emulator.support.EmulatorTest;
import io.sellersync.emulator.support.Ledgers;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A month of trading looks like a real seller's ledger: FBA orders pay a fulfilment fee, some merchant orders charge
 * shipping, some orders carry a promotion, the selling plan is charged monthly, and every tree adds up.
 */
class FinanceRealismTest extends EmulatorTest {

    private List<JsonNode> all;

    @BeforeEach
    void tradeForAMonth() {
        buyFor(48, 20);
        advance(36L * 24 * 3600);
        all = Ledgers.all(http, token(), "postedAfter=" + START.minusSeconds(3600), UK, DE);
    }

    @Test
    void amazonFulfilledShipmentsPayAPerUnitFulfilmentFeeAndMerchantOnesDoNot() {
        List<JsonNode> shipments = ofType("Shipment");
        List<JsonNode> fba =
                shipments.stream().filter(t -> network(t).equals("AFN")).toList();
        List<JsonNode> mfn =
                shipments.stream().filter(t -> network(t).equals("MFN")).toList();
        assertThat(fba).isNotEmpty();
        assertThat(mfn).isNotEmpty();
        for (JsonNode t : fba) {
            BigDecimal fee = amount(t, "Expenses", "AmazonFees", "FBAPerUnitFulfillmentFee");
            int units = t.at("/items/0/contexts/0/quantityShipped").asInt();
            BigDecimal perUnit = fee.negate().divide(BigDecimal.valueOf(units), 2, java.math.RoundingMode.UNNECESSARY);
            assertThat(perUnit).isBetween(new BigDecimal("2.00"), new BigDecimal("6.00"));
            assertThat(node(t, "Sales", "Shipping")).as("FBA orders ship free").isEmpty();
        }
        assertThat(mfn)
                .allSatisfy(t -> assertThat(node(t, "Expenses", "AmazonFees", "FBAPerUnitFulfillmentFee"))
                        .isEmpty());
    }

    @Test
    void someMerchantOrdersChargeShippingAndSomeOrdersCarryAPromotion() {
        List<JsonNode> shipments = ofType("Shipment");
        List<JsonNode> shipping = shipments.stream()
                .filter(t -> node(t, "Sales", "Shipping").isPresent())
                .toList();
        List<JsonNode> promoted = shipments.stream()
                .filter(t -> node(t, "Sales", "Promotions").isPresent())
                .toList();
        assertThat(shipping).isNotEmpty().hasSizeLessThan(shipments.size());
        assertThat(promoted).isNotEmpty().hasSizeLessThan(shipments.size());
        for (JsonNode t : shipping) {
            assertThat(amount(t, "Sales", "Shipping")).isPositive();
            assertThat(amount(t, "Sales", "Shipping", "ShippingTax")).isPositive();
        }
        for (JsonNode t : promoted) {
            assertThat(amount(t, "Sales", "Promotions").signum()).isNegative();
            assertThat(amount(t, "Sales", "Promotions").negate())
                    .as("the promotion takes a tenth of the item price off")
                    .isEqualByComparingTo(amount(t, "Sales", "ProductCharges")
                            .multiply(new BigDecimal("0.10"))
                            .setScale(2, java.math.RoundingMode.HALF_UP));
        }
    }

    @Test
    void theSellingPlanIsChargedOnTheFirstOfEveryMonthInTheHomeMarketplace() {
        List<JsonNode> fees = ofType("ServiceFee");
        assertThat(fees).hasSize(1);
        JsonNode fee = fees.get(0);
        assertThat(fee.get("postedDate").asText()).isEqualTo("2026-04-01T00:00:00Z");
        assertThat(fee.at("/marketplaceDetails/marketplaceId").asText()).isEqualTo(UK);
        assertThat(amount(fee, "Expenses", "ServiceFees", "Subscription")).isEqualByComparingTo("-25.00");
        assertThat(total(fee)).isEqualByComparingTo("-25.00");
        assertThat(fee.at("/totalAmount/currencyCode").asText()).isEqualTo("GBP");
    }

    @Test
    void salesPlusExpensesIsTheTotalToTheCentAndEveryNodeIsTheSumOfItsChildren() {
        assertThat(all).extracting(Ledgers::type).contains("Shipment", "Refund", "ServiceFee", "Transfer");
        for (JsonNode t : all) {
            String id = t.get("transactionId").asText();
            Ledgers.assertTreeAddsUp(id, t.get("breakdowns"));
            t.path("items").forEach(item -> Ledgers.assertTreeAddsUp(id + " item", item.get("breakdowns")));
            if (!type(t).equals("Transfer")) {
                assertThat(amount(t, "Sales").add(amount(t, "Expenses"))).as(id).isEqualByComparingTo(total(t));
            }
            t.findValues("currencyAmount")
                    .forEach(a -> assertThat(a.decimalValue().scale()).as(id).isLessThanOrEqualTo(2));
        }
    }

    @Test
    void refundsReverseShippingAndPromotionsButKeepTheFulfilmentFee() {
        for (JsonNode refund : ofType("Refund")) {
            JsonNode shipment = ofType("Shipment").stream()
                    .filter(s -> orderId(s).equals(orderId(refund)))
                    .findFirst()
                    .orElseThrow();
            for (String part : List.of("ProductCharges", "Shipping", "Promotions")) {
                assertThat(amount(refund, "Sales", part))
                        .isEqualByComparingTo(amount(shipment, "Sales", part).negate());
            }
            assertThat(node(refund, "Expenses", "AmazonFees", "FBAPerUnitFulfillmentFee"))
                    .isEmpty();
        }
    }

    private List<JsonNode> ofType(String type) {
        return all.stream().filter(t -> type(t).equals(type)).toList();
    }

    private static String network(JsonNode t) {
        return t.at("/items/0/contexts/0/fulfillmentNetwork").asText();
    }

    private static String orderId(JsonNode t) {
        return t.at("/relatedIdentifiers/0/relatedIdentifierValue").asText();
    }
}
