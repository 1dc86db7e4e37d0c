// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.finances;

/** The summary cards of the transactions a filter matches, per currency; answers a {@code List<CurrencyTotalsView>}. */
public record TransactionSummaryQuery(TransactionFilter filter) {}
