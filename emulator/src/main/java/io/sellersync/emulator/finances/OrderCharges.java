// SPDX-License-Identifier: Apache-2.0
package io.sellersync.emulator.finances;

import io.sellersync.emulator.finances.Transaction.Breakdown;
import io.sellersync.emulator.orders.Order;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The money of one order, split the one way both the Orders {@code proceeds} and the Finances breakdown tree show it,
 * so the two always agree: each gross amount (item, shipping, promotion) into its net part and its VAT (UK 20 %, DE
 * 19 %), and the fees Amazon takes: commission (15 % of the sales, shipping and promotions included), the digital
 * services fee (2 % of the commission) and, for Amazon-fulfilled orders, the FBA per-unit fulfilment fee by product
 * type. Every amount is rounded to the cent before it is added, so the sums are exact.
 */
public record OrderCharges(
        String currency,
        BigDecimal principal,
        BigDecimal tax,
        BigDecimal shippingCharge,
        BigDecimal shippingTax,
        BigDecimal promotionDiscount,
        BigDecimal promotionDiscountTax,
        BigDecimal commission,
        BigDecimal digitalServicesFee,
        BigDecimal fbaFee) {

    static final BigDecimal COMMISSION_RATE = new BigDecimal("0.15");
    static final BigDecimal DIGITAL_SERVICES_RATE = new BigDecimal("0.02");

    private static final Map<String, BigDecimal> VAT =
            Map.of("A1F83G8C2ARO7P", new BigDecimal("0.20"), "A1PA6795UKMFR9", new BigDecimal("0.19"));

    /** FBA per-unit fulfilment fee by product type, in GBP and EUR (a size-tier stand-in). */
    private static final Map<String, BigDecimal[]> FBA_PER_UNIT = Map.of(
            "LUGGAGE", fees("4.95", "5.45"),
            "SHOES", fees("3.35", "3.70"),
            "KITCHEN", fees("2.85", "3.15"),
            "TOY_FIGURE", fees("2.45", "2.70"),
            "HOME_BED_AND_BATH", fees("3.60", "3.95"));

    private static final BigDecimal[] FBA_DEFAULT = fees("3.00", "3.30");

    public static OrderCharges of(Order order) {
        BigDecimal vat = VAT.getOrDefault(order.marketplaceId(), BigDecimal.ZERO);
        BigDecimal item = cents(order.total());
        BigDecimal shipping = cents(order.shippingPrice());
        BigDecimal discount = cents(order.promotionDiscount()).negate();
        BigDecimal principal = net(item, vat);
        BigDecimal shippingCharge = net(shipping, vat);
        BigDecimal promotion = net(discount, vat);
        BigDecimal sales = item.add(shipping).add(discount);
        BigDecimal commission = cents(sales.multiply(COMMISSION_RATE)).negate();
        BigDecimal digitalServices = cents(commission.multiply(DIGITAL_SERVICES_RATE));
        BigDecimal fba = BigDecimal.ZERO;
        if (order.fulfilledByAmazon()) {
            for (Order.Line line : order.lines()) {
                BigDecimal[] perUnit = FBA_PER_UNIT.getOrDefault(line.productType(), FBA_DEFAULT);
                BigDecimal unit = "EUR".equals(order.currency()) ? perUnit[1] : perUnit[0];
                fba = fba.subtract(unit.multiply(BigDecimal.valueOf(line.quantity())));
            }
        }
        return new OrderCharges(
                order.currency(),
                principal,
                item.subtract(principal),
                shippingCharge,
                shipping.subtract(shippingCharge),
                promotion,
                discount.subtract(promotion),
                commission,
                digitalServices,
                fba);
    }

    public BigDecimal itemTotal() {
        return principal.add(tax);
    }

    public BigDecimal shippingTotal() {
        return shippingCharge.add(shippingTax);
    }

    public BigDecimal promotionTotal() {
        return promotionDiscount.add(promotionDiscountTax);
    }

    /** What the buyer paid, net of promotions: the {@code Sales} of the shipment and the order's proceeds. */
    public BigDecimal sales() {
        return itemTotal().add(shippingTotal()).add(promotionTotal());
    }

    public BigDecimal taxTotal() {
        return tax.add(shippingTax).add(promotionDiscountTax);
    }

    /**
     * {@code Sales/{ProductCharges/{Principal, Tax}, Shipping/{ShippingCharge, ShippingTax},
     * Promotions/{PromotionDiscount, PromotionDiscountTax}}}; shipping and promotions only when the order has them.
     */
    public Breakdown salesTree() {
        List<Breakdown> sales = new ArrayList<>();
        sales.add(Breakdown.sum("ProductCharges", Breakdown.leaf("Principal", principal), Breakdown.leaf("Tax", tax)));
        if (shippingTotal().signum() != 0) {
            sales.add(Breakdown.sum(
                    "Shipping",
                    Breakdown.leaf("ShippingCharge", shippingCharge),
                    Breakdown.leaf("ShippingTax", shippingTax)));
        }
        if (promotionTotal().signum() != 0) {
            sales.add(Breakdown.sum(
                    "Promotions",
                    Breakdown.leaf("PromotionDiscount", promotionDiscount),
                    Breakdown.leaf("PromotionDiscountTax", promotionDiscountTax)));
        }
        return Breakdown.sum("Sales", sales);
    }

    /** {@code Expenses/AmazonFees/{Commission, DigitalServicesFee, FBAPerUnitFulfillmentFee}}, FBA only for AFN. */
    public Breakdown expensesTree() {
        List<Breakdown> fees = new ArrayList<>();
        fees.add(Breakdown.leaf("Commission", commission));
        fees.add(Breakdown.leaf("DigitalServicesFee", digitalServicesFee));
        if (fbaFee.signum() != 0) {
            fees.add(Breakdown.leaf("FBAPerUnitFulfillmentFee", fbaFee));
        }
        return Breakdown.sum("Expenses", Breakdown.sum("AmazonFees", fees));
    }

    private static BigDecimal net(BigDecimal gross, BigDecimal vat) {
        return gross.divide(BigDecimal.ONE.add(vat), 2, RoundingMode.HALF_UP);
    }

    private static BigDecimal cents(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }

    private static BigDecimal[] fees(String gbp, String eur) {
        return new BigDecimal[] {new BigDecimal(gbp), new BigDecimal(eur)};
    }
}
