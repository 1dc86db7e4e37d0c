// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.finances;

import java.util.List;

/** One page of payouts; {@code mismatches} counts them across all pages. */
public record PayoutReconciliationPage(
        List<PayoutReconciliationView> items, long total, long mismatches, int page, int size) {

    public PayoutReconciliationPage {
        items = List.copyOf(items);
    }
}
