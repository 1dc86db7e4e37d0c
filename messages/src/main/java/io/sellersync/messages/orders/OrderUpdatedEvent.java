// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.orders;

import io.sellersync.messages.accounts.AccountId;
import java.time.Instant;

/**
 * Amazon showed an order with a newer {@code lastUpdatedTime} than sellersync had; {@code order} is all of it as it
 * is now, {@code previousStatus} and {@code previousLastUpdatedTime} what it was before.
 */
public record OrderUpdatedEvent(
        AmazonOrderId orderId,
        AccountId accountId,
        OrderStatus previousStatus,
        Instant previousLastUpdatedTime,
        AmazonOrder order,
        Instant updatedAt)
        implements AmazonOrderEvent {

    @Override
    public String describe() {
        return previousStatus == order.status()
                ? "Order %s updated by Amazon (%s)"
                        .formatted(order.amazonOrderId(), order.status().label())
                : "Order %s changed from %s to %s"
                        .formatted(
                                order.amazonOrderId(),
                                previousStatus.label(),
                                order.status().label());
    }
}
