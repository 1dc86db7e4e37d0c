// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.orders;

/** The status cards of the orders matching {@code filter} (its status part is ignored); answers an {@link OrderSummaryView}. */
public record OrderSummaryQuery(OrderFilter filter) {}
