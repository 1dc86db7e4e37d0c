// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.orders;

import java.util.List;

/** One page of unmatched order items and how many there are in all. */
public record UnmatchedOrderItemPage(List<UnmatchedOrderItemView> items, long total, int page, int size) {

    public UnmatchedOrderItemPage {
        items = List.copyOf(items);
    }
}
