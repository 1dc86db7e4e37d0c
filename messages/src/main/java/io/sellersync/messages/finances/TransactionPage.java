// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.finances;

import java.util.List;

/** One page of transactions: {@code total} matching in all, page {@code page} (from 0) of {@code size}. */
public record TransactionPage(List<TransactionView> items, long total, int page, int size) {

    public TransactionPage {
        items = List.copyOf(items);
    }
}
