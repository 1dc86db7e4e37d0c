// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.finances;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The figures of one transaction (or one of its items) under the fee registry, all in its currency.
 *
 * <ul>
 *   <li>{@code sales}: the top-level {@code Sales} of a sale; {@code refunds}: the top-level {@code Sales} of a refund
 *       (negative).
 *   <li>{@code fees}: the sum of the fee categories (negative for a cost; a refund's reversed commission is positive).
 *   <li>{@code reserve} and {@code payouts}: money held back or paid out; not costs.
 *   <li>{@code uncategorised}: what no registry entry explains (unknown types, a parent whose children do not add up
 *       to it, a tree that does not add up to the total); {@code unknownTypes} names them.
 *   <li>{@code net}: the total without reserve and payouts: what the seller earned.
 * </ul>
 *
 * Invariant: the categories plus {@code uncategorised} add up to {@code total} exactly.
 */
public record TransactionFigures(
        BigDecimal total,
        BigDecimal sales,
        BigDecimal refunds,
        BigDecimal fees,
        BigDecimal reserve,
        BigDecimal payouts,
        BigDecimal uncategorised,
        BigDecimal net,
        Map<FeeCategory, BigDecimal> categories,
        List<String> unknownTypes) {

    public TransactionFigures {
        categories = Map.copyOf(categories);
        unknownTypes = List.copyOf(unknownTypes);
    }

    public BigDecimal category(FeeCategory category) {
        return categories.getOrDefault(category, BigDecimal.ZERO);
    }

    /** The sum of every category: with {@code uncategorised}, exactly the total. */
    public BigDecimal categorised() {
        return categories.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
