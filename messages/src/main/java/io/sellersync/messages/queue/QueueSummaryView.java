// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.queue;

import io.sellersync.messages.shared.Money;
import java.util.List;

/** The Queue page's cards: entries, distinct seller SKUs, units, and the value (price × quantity) per currency. */
public record QueueSummaryView(long entries, long skus, long units, long conflicts, List<Money> value) {

    public QueueSummaryView {
        value = List.copyOf(value);
    }
}
