// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.orders;

/**
 * A page of orders; {@code sort} is one of purchaseDate (default), lastUpdatedTime, status, total, shipBy,
 * amazonOrderId, marketplace, channel; {@code page} counts from 0; answers an {@link OrderPage}.
 */
public record ListOrdersQuery(OrderFilter filter, String sort, boolean desc, int page, int size) {}
