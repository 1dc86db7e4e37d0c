// SPDX-License-Identifier: Apache-2.0
package io.sellersync.emulator.orders;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * An order a simulated buyer placed: what was bought at which live price, who fulfils it, what the buyer paid for
 * shipping and which promotion took how much off, and where its fulfilment stands. It moves
 * {@code PENDING → UNSHIPPED → SHIPPED}, or to {@code CANCELLED}. Every amount is gross (VAT included), as buyers in
 * the UK and DE see it.
 */
public record Order(
        String orderId,
        String sellerId,
        String marketplaceId,
        String currency,
        Instant createdTime,
        Instant lastUpdatedTime,
        String fulfillmentStatus,
        List<Line> lines,
        String buyerName,
        String buyerEmail,
        String city,
        String postalCode,
        String countryCode,
        String fulfilledBy,
        BigDecimal shippingPrice,
        String promotionId,
        BigDecimal promotionDiscount) {

    public static final String MERCHANT = "MERCHANT";
    public static final String AMAZON = "AMAZON";

    /** One order item, priced per unit at the moment of purchase. */
    public record Line(
            String orderItemId,
            String sku,
            String asin,
            String title,
            String productType,
            String conditionType,
            int quantity,
            BigDecimal unitPrice) {

        public BigDecimal total() {
            return unitPrice.multiply(BigDecimal.valueOf(quantity));
        }
    }

    public Order {
        lines = List.copyOf(lines);
    }

    /** The items' gross price, before shipping and promotions. */
    public BigDecimal total() {
        return lines.stream().map(Line::total).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public boolean fulfilledByAmazon() {
        return AMAZON.equals(fulfilledBy);
    }

    public Order withStatus(String status, Instant at) {
        return new Order(
                orderId,
                sellerId,
                marketplaceId,
                currency,
                createdTime,
                at,
                status,
                lines,
                buyerName,
                buyerEmail,
                city,
                postalCode,
                countryCode,
                fulfilledBy,
                shippingPrice,
                promotionId,
                promotionDiscount);
    }
}
