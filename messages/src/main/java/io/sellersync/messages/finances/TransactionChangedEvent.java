// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.finances;

import io.sellersync.messages.accounts.AccountId;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Amazon changed a transaction it had already shown, in place (same {@code transactionId}): {@code changes} is the
 * difference, {@code transaction} the whole transaction as it is now.
 */
public record TransactionChangedEvent(
        FinancialTransactionId transactionId,
        AccountId accountId,
        List<TransactionChange> changes,
        AmazonTransaction transaction,
        Instant changedAt)
        implements FinancialTransactionEvent {

    public TransactionChangedEvent {
        changes = List.copyOf(changes);
    }

    @Override
    public String describe() {
        return "%s %s changed by Amazon: %s"
                .formatted(
                        transaction.type(),
                        transaction.transactionId(),
                        changes.stream().map(TransactionChange::toString).collect(Collectors.joining("; ")));
    }
}
