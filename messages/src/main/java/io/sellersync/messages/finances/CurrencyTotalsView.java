// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.finances;

import io.sellersync.messages.shared.Money;
import java.util.List;

/** The summary figures of the transactions in one currency (amounts in different currencies are never added). */
public record CurrencyTotalsView(
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

    public CurrencyTotalsView {
        categories = List.copyOf(categories);
    }
}
