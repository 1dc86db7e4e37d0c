// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.finances;

import io.sellersync.messages.accounts.AccountId;
import io.sellersync.messages.shared.Money;
import java.time.Instant;
import java.util.List;

/**
 * A transaction's breakdown has types the fee registry does not know (or does not add up to its total), so part of
 * its money shows as "uncategorised" until the registry learns them. Reported once per set of unknown types.
 */
public record UncategorisedBreakdownFoundEvent(
        FinancialTransactionId transactionId,
        AccountId accountId,
        String amazonTransactionId,
        List<String> unknownTypes,
        Money uncategorised,
        Instant foundAt)
        implements FinancialTransactionEvent {

    public UncategorisedBreakdownFoundEvent {
        unknownTypes = List.copyOf(unknownTypes);
    }

    @Override
    public String describe() {
        return "Transaction %s has breakdown types sellersync does not categorise (%s): %s shown as uncategorised"
                .formatted(amazonTransactionId, String.join(", ", unknownTypes), uncategorised);
    }
}
