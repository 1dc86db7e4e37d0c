// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.orders;

import java.util.List;

/**
 * The status cards: every status with its count (zero included, in {@link OrderStatus} order), all orders, and how
 * many order items have open unmatched units.
 */
public record OrderSummaryView(long orders, List<OrderStatusCount> byStatus, long unmatchedItems) {

    public OrderSummaryView {
        byStatus = List.copyOf(byStatus);
    }
}
