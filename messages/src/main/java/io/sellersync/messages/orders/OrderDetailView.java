// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.orders;

import java.util.List;

/** An order in full: the list row, the order as Amazon last showed it, its items with their linking, its history. */
public record OrderDetailView(
        OrderView summary, AmazonOrder order, List<OrderItemView> items, List<OrderHistoryEntryView> history) {

    public OrderDetailView {
        items = List.copyOf(items);
        history = List.copyOf(history);
    }
}
