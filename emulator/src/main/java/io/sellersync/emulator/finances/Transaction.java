// SPDX-License-Identifier: Apache-2.0
package io.sellersync.emulator.finances;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A posted financial transaction of a seller, as Finances 2024-06-19 shows it: a signed total and a breakdown tree
 * whose top-level amounts add up to the total to the cent.
 */
public record Transaction(
        String transactionId,
        String sellerId,
        String marketplaceId,
        String transactionType,
        String transactionStatus,
        String description,
        Instant postedDate,
        String orderId,
        String financialEventGroupId,
        String currency,
        BigDecimal totalAmount,
        List<Breakdown> breakdowns,
        String sku,
        String asin,
        int quantity) {

    /** One node of the breakdown tree. */
    public record Breakdown(String type, BigDecimal amount, List<Breakdown> breakdowns) {
        public Breakdown {
            breakdowns = List.copyOf(breakdowns);
        }
    }

    public Transaction {
        breakdowns = List.copyOf(breakdowns);
    }

    public Transaction withBreakdowns(BigDecimal newTotal, List<Breakdown> newBreakdowns) {
        return new Transaction(
                transactionId,
                sellerId,
                marketplaceId,
                transactionType,
                transactionStatus,
                description,
                postedDate,
                orderId,
                financialEventGroupId,
                currency,
                newTotal,
                newBreakdowns,
                sku,
                asin,
                quantity);
    }

    public Transaction withStatus(String status) {
        return new Transaction(
                transactionId,
                sellerId,
                marketplaceId,
                transactionType,
                status,
                description,
                postedDate,
                orderId,
                financialEventGroupId,
                currency,
                totalAmount,
                breakdowns,
                sku,
                asin,
                quantity);
    }
}
