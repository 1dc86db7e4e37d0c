// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.orders;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The seller ignores an order item's open unmatched units (they are not in the inventory); refused when none are open. */
public record IgnoreUnmatchedOrderItemCommand(
        @TargetAggregateIdentifier AmazonOrderId orderId, String orderItemId) {}
