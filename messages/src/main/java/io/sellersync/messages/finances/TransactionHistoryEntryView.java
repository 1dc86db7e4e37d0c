// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.finances;

import java.time.Instant;
import java.util.List;

/** One event of a transaction's history: when, what (in words) and, for a change, the differences. */
public record TransactionHistoryEntryView(
        Instant at, String event, String description, List<TransactionChange> changes) {

    public TransactionHistoryEntryView {
        changes = List.copyOf(changes);
    }
}
