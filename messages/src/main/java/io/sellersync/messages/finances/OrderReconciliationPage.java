// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.finances;

import java.util.List;

/** One page of per-order reconciliation; {@code mismatches} counts them across all pages. */
public record OrderReconciliationPage(
        List<OrderReconciliationView> items, long total, long mismatches, int page, int size) {

    public OrderReconciliationPage {
        items = List.copyOf(items);
    }
}
