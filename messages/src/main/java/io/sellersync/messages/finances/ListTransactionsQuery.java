// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.finances;

/**
 * A page of transactions; {@code sort} is one of postedDate (default), type, status, total, net, fees, orderId;
 * answers a {@link TransactionPage}.
 */
public record ListTransactionsQuery(TransactionFilter filter, String sort, boolean desc, int page, int size) {}
