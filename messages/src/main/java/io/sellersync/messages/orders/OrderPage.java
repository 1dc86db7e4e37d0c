// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.orders;

import java.util.List;

/** One page of orders: {@code total} matching in all, page {@code page} (from 0) of {@code size}. */
public record OrderPage(List<OrderView> items, long total, int page, int size) {

    public OrderPage {
        items = List.copyOf(items);
    }
}
