// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.orders;

import java.util.List;

/** An order's item with its linking: units linked (and from which inventory items), open unmatched, ignored. */
public record OrderItemView(
        OrderItem item, int linkedUnits, int unmatchedUnits, int ignoredUnits, List<LinkedUnitsView> linked) {

    public OrderItemView {
        linked = List.copyOf(linked);
    }
}
