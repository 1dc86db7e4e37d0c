// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.finances;

/** Month by month (oldest first) and per currency; answers a {@code List<MonthSummaryView>}. */
public record MonthlySummaryQuery(TransactionFilter filter) {}
