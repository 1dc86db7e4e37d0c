// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.orders;

import io.sellersync.messages.shared.Money;
import java.util.List;
import java.util.Objects;

/**
 * One line of an order as Amazon shows it: {@code unitPrice} is one unit, {@code linePrice} = unit × quantity ordered;
 * prices and promotions may be null while the order is pending (Amazon sends none before payment).
 * {@code quantityShipped} is how many units Amazon reports fulfilled.
 */
public record OrderItem(
        String orderItemId,
        String asin,
        String sellerSku,
        String title,
        int quantityOrdered,
        int quantityShipped,
        Money unitPrice,
        Money linePrice,
        List<String> promotionIds,
        Money promotionDiscount) {

    public OrderItem {
        Objects.requireNonNull(orderItemId, "orderItemId");
        promotionIds = promotionIds == null ? List.of() : List.copyOf(promotionIds);
    }
}
