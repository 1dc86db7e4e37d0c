// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.orders;

/** How many orders have a status. */
public record OrderStatusCount(OrderStatus status, long orders) {}
