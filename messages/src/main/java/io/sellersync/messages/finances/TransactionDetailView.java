// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.finances;

import java.util.List;

/**
 * A transaction in full: the list row, Amazon's transaction as recorded (breakdown tree, items, related identifiers),
 * its money per category, and its history from the event store.
 */
public record TransactionDetailView(
        TransactionView summary,
        AmazonTransaction transaction,
        List<CategoryAmount> categories,
        List<TransactionHistoryEntryView> history) {

    public TransactionDetailView {
        categories = List.copyOf(categories);
        history = List.copyOf(history);
    }
}
