// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.finances;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * One node of a Finances 2024-06-19 breakdown tree: Amazon's free-text {@code breakdownType}, its signed amount
 * (in the transaction's currency, exactly as Amazon sent it) and its child breakdowns.
 */
public record BreakdownNode(String type, BigDecimal amount, List<BreakdownNode> breakdowns) {

    public BreakdownNode {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(amount, "amount");
        breakdowns = breakdowns == null ? List.of() : List.copyOf(breakdowns);
    }

    public static BreakdownNode leaf(String type, String amount) {
        return new BreakdownNode(type, new BigDecimal(amount), List.of());
    }

    public static BreakdownNode of(String type, String amount, BreakdownNode... children) {
        return new BreakdownNode(type, new BigDecimal(amount), List.of(children));
    }
}
