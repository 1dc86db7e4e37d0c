// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.finances;

import java.util.List;
import java.util.Map;

/**
 * One page of per-order reconciliation; {@code mismatches} counts them across all pages and {@code flagCounts} counts
 * the orders with each flag (across all pages, regardless of the flag filter).
 */
public record OrderReconciliationPage(
        List<OrderReconciliationView> items,
        long total,
        long mismatches,
        Map<OrderReconciliationFlag, Long> flagCounts,
        int page,
        int size) {

    public OrderReconciliationPage {
        items = List.copyOf(items);
        flagCounts = Map.copyOf(flagCounts);
    }

    public long count(OrderReconciliationFlag flag) {
        return flagCounts.getOrDefault(flag, 0L);
    }
}
