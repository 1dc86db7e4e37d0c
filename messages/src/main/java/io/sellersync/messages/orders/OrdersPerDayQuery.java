// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.orders;

/**
 * Orders per purchase day (UTC) of the orders matching {@code filter}, oldest day first, days without orders left out;
 * answers a {@code List<OrdersPerDayView>}.
 */
public record OrdersPerDayQuery(OrderFilter filter) {}
