// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.finances;

import io.sellersync.messages.shared.Money;
import java.util.List;

/** One month (UTC, {@code yyyy-MM}) in one currency: sales, refunds, fees by category, net. */
public record MonthSummaryView(
        String month,
        String currency,
        long transactions,
        Money sales,
        Money refunds,
        Money fees,
        Money net,
        Money reserve,
        Money payouts,
        Money uncategorised,
        List<CategoryAmount> categories) {

    public MonthSummaryView {
        categories = List.copyOf(categories);
    }
}
