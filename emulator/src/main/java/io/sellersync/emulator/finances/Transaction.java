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
        int quantity,
        String fulfillmentNetwork) {

    /** One node of the breakdown tree; a parent's amount is always the sum of its children's. */
    public record Breakdown(String type, BigDecimal amount, List<Breakdown> breakdowns) {
        public Breakdown {
            breakdowns = List.copyOf(breakdowns);
        }

        public static Breakdown leaf(String type, BigDecimal amount) {
            return new Breakdown(type, amount, List.of());
        }

        /** A parent node whose amount is the sum of {@code children}, so the tree adds up by construction. */
        public static Breakdown sum(String type, List<Breakdown> children) {
            return new Breakdown(
                    type, children.stream().map(Breakdown::amount).reduce(BigDecimal.ZERO, BigDecimal::add), children);
        }

        public static Breakdown sum(String type, Breakdown... children) {
            return sum(type, List.of(children));
        }

        /** The same tree with every amount's sign flipped (a reversal). */
        public Breakdown negated() {
            return new Breakdown(
                    type,
                    amount.negate(),
                    breakdowns.stream().map(Breakdown::negated).toList());
        }

        /** The direct child of this type, if any. */
        public java.util.Optional<Breakdown> child(String childType) {
            return breakdowns.stream().filter(b -> b.type().equals(childType)).findFirst();
        }
    }

    public Transaction {
        breakdowns = List.copyOf(breakdowns);
    }

    /** The top-level node of this type, if any. */
    public java.util.Optional<Breakdown> breakdown(String type) {
        return breakdowns.stream().filter(b -> b.type().equals(type)).findFirst();
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
                quantity,
                fulfillmentNetwork);
    }

    /** When a deferred transaction's money is released: its new status and the financial event group it joins. */
    public Instant maturityDate() {
        return "DEFERRED".equals(transactionStatus) ? postedDate.plus(Ledger.DEFERRAL) : null;
    }

    public Transaction released(String status, String groupId) {
        return new Transaction(
                transactionId,
                sellerId,
                marketplaceId,
                transactionType,
                status,
                description,
                postedDate,
                orderId,
                groupId,
                currency,
                totalAmount,
                breakdowns,
                sku,
                asin,
                quantity,
                fulfillmentNetwork);
    }
}
