// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.finances;

import static io.sellersync.messages.finances.BreakdownNode.leaf;
import static io.sellersync.messages.finances.BreakdownNode.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The fee registry on hand-written breakdown trees, shaped like Amazon's Finances 2024-06-19 model and the emulator's. */
class FeeRulesTest {

    private final FeeRules rules = FeeRules.defaults();

    @Test
    void aShipmentSplitsIntoSalesTaxAndFeesWithCommissionNestedUnderAmazonFees() {
        List<BreakdownNode> tree = List.of(
                of(
                        "Sales",
                        "144.16",
                        of("ProductCharges", "156.86", leaf("Principal", "130.72"), leaf("Tax", "26.14")),
                        of("Shipping", "2.99", leaf("ShippingCharge", "2.49"), leaf("ShippingTax", "0.50")),
                        of(
                                "Promotions",
                                "-15.69",
                                leaf("PromotionDiscount", "-13.08"),
                                leaf("PromotionDiscountTax", "-2.61"))),
                of(
                        "Expenses",
                        "-22.05",
                        of("AmazonFees", "-22.05", leaf("Commission", "-21.62"), leaf("DigitalServicesFee", "-0.43"))));

        TransactionFigures figures = rules.figures("Shipment", new BigDecimal("122.11"), tree);

        assertThat(figures.sales()).isEqualByComparingTo("144.16");
        assertThat(figures.refunds()).isEqualByComparingTo("0");
        assertThat(figures.fees()).isEqualByComparingTo("-22.05");
        assertThat(figures.net()).isEqualByComparingTo("122.11");
        assertThat(figures.category(FeeCategory.PRODUCT_SALES)).isEqualByComparingTo("130.72");
        assertThat(figures.category(FeeCategory.TAX)).isEqualByComparingTo("24.03");
        assertThat(figures.category(FeeCategory.SHIPPING_CREDITS)).isEqualByComparingTo("2.49");
        assertThat(figures.category(FeeCategory.PROMOTIONS)).isEqualByComparingTo("-13.08");
        assertThat(figures.category(FeeCategory.COMMISSION)).isEqualByComparingTo("-21.62");
        assertThat(figures.category(FeeCategory.DIGITAL_SERVICES_FEE)).isEqualByComparingTo("-0.43");
        assertThat(figures.uncategorised()).isEqualByComparingTo("0");
        assertThat(figures.unknownTypes()).isEmpty();
        assertThat(figures.categorised()).isEqualByComparingTo("122.11");
    }

    @Test
    void aMatchedNodeIsTakenWholeAndNeverDescendedIntoSoNothingIsCountedTwice() {
        List<BreakdownNode> tree = List.of(
                of("Sales", "50.00", leaf("Principal", "50.00")),
                of(
                        "Expenses",
                        "-9.30",
                        of(
                                "AmazonFees",
                                "-9.30",
                                of("Commission", "-7.50", leaf("Commission", "-6.25"), leaf("Tax", "-1.25")),
                                of("FBA fees", "-1.80", leaf("FBAPerUnitFulfillmentFee", "-1.80")))));

        TransactionFigures figures = rules.figures("Shipment", new BigDecimal("40.70"), tree);

        assertThat(figures.category(FeeCategory.COMMISSION)).isEqualByComparingTo("-7.50");
        assertThat(figures.category(FeeCategory.TAX))
                .as("the tax inside Commission is part of it")
                .isZero();
        assertThat(figures.category(FeeCategory.FBA_FEES)).isEqualByComparingTo("-1.80");
        assertThat(figures.fees()).isEqualByComparingTo("-9.30");
        assertThat(figures.categorised().add(figures.uncategorised())).isEqualByComparingTo("40.70");
    }

    @Test
    void aRefundsSalesAreRefundsAndItsReversedCommissionLowersTheFees() {
        List<BreakdownNode> tree = List.of(
                of(
                        "Sales",
                        "-60.00",
                        of("ProductCharges", "-60.00", leaf("Principal", "-50.00"), leaf("Tax", "-10.00"))),
                of(
                        "Expenses",
                        "7.16",
                        of(
                                "AmazonFees",
                                "7.16",
                                leaf("Commission", "9.00"),
                                leaf("DigitalServicesFee", "0.18"),
                                leaf("RefundAdministrationFee", "-1.80"),
                                leaf("DigitalServicesFee", "-0.22"))));

        TransactionFigures figures = rules.figures("Refund", new BigDecimal("-52.84"), tree);

        assertThat(figures.sales()).isZero();
        assertThat(figures.refunds()).isEqualByComparingTo("-60.00");
        assertThat(figures.fees()).isEqualByComparingTo("7.16");
        assertThat(figures.category(FeeCategory.REFUND_FEES)).isEqualByComparingTo("-1.80");
        assertThat(figures.category(FeeCategory.DIGITAL_SERVICES_FEE)).isEqualByComparingTo("-0.04");
        assertThat(figures.net()).isEqualByComparingTo("-52.84");
    }

    @Test
    void aReserveAndAPayoutAreNeitherCostsNorProceeds() {
        TransactionFigures reserve = rules.figures(
                "Adjustment",
                new BigDecimal("-100.00"),
                List.of(of("Expenses", "-100.00", leaf("ReserveHold", "-100.00"))));
        assertThat(reserve.reserve()).isEqualByComparingTo("-100.00");
        assertThat(reserve.fees()).isZero();
        assertThat(reserve.net()).isZero();

        TransactionFigures transfer =
                rules.figures("Transfer", new BigDecimal("-812.40"), List.of(leaf("Transfer", "-812.40")));
        assertThat(transfer.payouts()).isEqualByComparingTo("-812.40");
        assertThat(transfer.fees()).isZero();
        assertThat(transfer.net()).isZero();
        assertThat(transfer.uncategorised()).isZero();
    }

    @Test
    void anUnknownTypeIsUncategorisedAndNamedNeverLumpedIntoACategory() {
        List<BreakdownNode> tree = List.of(
                of("Sales", "20.00", leaf("Principal", "20.00")),
                of(
                        "Expenses",
                        "-4.25",
                        of("AmazonFees", "-4.25", leaf("Commission", "-3.00"), leaf("LowInventoryLevelFee", "-1.25"))));

        TransactionFigures figures = rules.figures("Shipment", new BigDecimal("15.75"), tree);

        assertThat(figures.uncategorised()).isEqualByComparingTo("-1.25");
        assertThat(figures.unknownTypes()).containsExactly("LowInventoryLevelFee");
        assertThat(figures.fees()).isEqualByComparingTo("-3.00");
        assertThat(figures.category(FeeCategory.OTHER_FEES)).isZero();
        assertThat(figures.categorised().add(figures.uncategorised())).isEqualByComparingTo("15.75");
    }

    @Test
    void partsThatDoNotAddUpAndATreeThatMissesTheTotalAreUncategorisedAndSaidSo() {
        List<BreakdownNode> tree = List.of(
                of("Sales", "20.00", leaf("Principal", "19.00")), of("Expenses", "-3.00", leaf("Commission", "-3.00")));

        TransactionFigures figures = rules.figures("Shipment", new BigDecimal("17.50"), tree);

        assertThat(figures.uncategorised())
                .as("1.00 unexplained in Sales, 0.50 gap")
                .isEqualByComparingTo("1.50");
        assertThat(figures.unknownTypes()).containsExactly("Sales" + FeeRules.REMAINDER, FeeRules.GAP);
        assertThat(figures.categorised().add(figures.uncategorised())).isEqualByComparingTo("17.50");
    }

    @Test
    void typesMatchIgnoringCaseSpacesAndPunctuationAndAGroupLeafUsesItsFallback() {
        List<BreakdownNode> tree = List.of(
                of("Sales", "10.00", of("Product Charges", "10.00", leaf("Principle", "10.00"))),
                of("Expenses", "-2.50", leaf("FBA Fees", "-1.00"), leaf("shipping", "-1.50")));

        TransactionFigures figures = rules.figures("Shipment", new BigDecimal("7.50"), tree);

        assertThat(figures.category(FeeCategory.PRODUCT_SALES)).isEqualByComparingTo("10.00");
        assertThat(figures.category(FeeCategory.FBA_FEES)).isEqualByComparingTo("-1.00");
        assertThat(figures.category(FeeCategory.SHIPPING_CREDITS)).isEqualByComparingTo("-1.50");
        assertThat(figures.uncategorised()).isZero();
    }

    @Test
    void configurationTeachesTheRegistryATypeOrMovesOne() {
        FeeRules taught = rules.with(Map.of("LowInventoryLevelFee", "FBA_FEES", "DigitalServicesFee", "commission"));
        TransactionFigures figures = taught.figures(
                "Shipment",
                new BigDecimal("-2.00"),
                List.of(of(
                        "Expenses",
                        "-2.00",
                        leaf("LowInventoryLevelFee", "-1.25"),
                        leaf("DigitalServicesFee", "-0.75"))));
        assertThat(figures.category(FeeCategory.FBA_FEES)).isEqualByComparingTo("-1.25");
        assertThat(figures.category(FeeCategory.COMMISSION)).isEqualByComparingTo("-0.75");
        assertThat(figures.unknownTypes()).isEmpty();

        assertThatThrownBy(() -> rules.with(Map.of("Mystery", "COSTS")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Mystery");
    }

    @Test
    void refundTypesAreRecognised() {
        assertThat(FeeRules.isRefund("Refund")).isTrue();
        assertThat(FeeRules.isRefund("GuaranteeClaim")).isTrue();
        assertThat(FeeRules.isRefund("Shipment")).isFalse();
        assertThat(FeeRules.isRefund(null)).isFalse();
    }
}
