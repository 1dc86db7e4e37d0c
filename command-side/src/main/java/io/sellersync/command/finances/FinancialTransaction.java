// SPDX-License-Identifier: Apache-2.0
package io.sellersync.command.finances;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.sellersync.messages.finances.AmazonTransaction;
import io.sellersync.messages.finances.FeeRules;
import io.sellersync.messages.finances.FinancialTransactionId;
import io.sellersync.messages.finances.RecordTransactionCommand;
import io.sellersync.messages.finances.TransactionChange;
import io.sellersync.messages.finances.TransactionChangedEvent;
import io.sellersync.messages.finances.TransactionFigures;
import io.sellersync.messages.finances.TransactionRecordedEvent;
import io.sellersync.messages.finances.UncategorisedBreakdownFoundEvent;
import io.sellersync.messages.shared.BusinessException;
import io.sellersync.messages.shared.Money;
import java.util.List;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;

/**
 * One Amazon financial transaction, upserted by its id: the de-duplicator of the transaction sync. Reading the same
 * transaction again changes nothing; Amazon changing it in place (a release, a corrected fee) becomes a change with
 * the difference, so the history keeps every version. Breakdown types the fee registry does not know are reported
 * once per set, so a seller sees in Activity that some money is uncategorised.
 */
class FinancialTransaction {

    @AggregateIdentifier
    private FinancialTransactionId transactionId;

    private AmazonTransaction current;
    private List<String> reportedUnknown = List.of();

    FinancialTransaction() {}

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RecordTransactionCommand command, FeeRules rules) {
        check(command);
        AmazonTransaction seen = command.transaction();
        if (current == null) {
            apply(new TransactionRecordedEvent(command.transactionId(), command.accountId(), seen, command.seenAt()));
        } else {
            List<TransactionChange> changes = TransactionDiff.between(current, seen);
            if (changes.isEmpty()) {
                return;
            }
            apply(new TransactionChangedEvent(
                    command.transactionId(), command.accountId(), changes, seen, command.seenAt()));
        }
        TransactionFigures figures = rules.figures(seen);
        if (!figures.unknownTypes().isEmpty() && !figures.unknownTypes().equals(reportedUnknown)) {
            apply(new UncategorisedBreakdownFoundEvent(
                    command.transactionId(),
                    command.accountId(),
                    seen.transactionId(),
                    figures.unknownTypes(),
                    new Money(figures.uncategorised(), seen.total().currency()),
                    command.seenAt()));
        }
    }

    private static void check(RecordTransactionCommand command) {
        AmazonTransaction t = command.transaction();
        if (t == null) {
            throw BusinessException.invalid("transaction", "The transaction is required");
        }
        if (command.accountId() == null) {
            throw BusinessException.invalid("accountId", "The account is required");
        }
        if (!FinancialTransactionId.of(command.accountId(), t.transactionId()).equals(command.transactionId())) {
            throw BusinessException.invalid(
                    "transactionId",
                    "The id %s is not the account's transaction %s"
                            .formatted(command.transactionId(), t.transactionId()));
        }
        if (t.type() == null || t.type().isBlank()) {
            throw BusinessException.invalid("transaction.type", "Amazon's transaction type is missing");
        }
        if (t.postedDate() == null) {
            throw BusinessException.invalid("transaction.postedDate", "Amazon's posted date is missing");
        }
        if (command.seenAt() == null) {
            throw BusinessException.invalid("seenAt", "When the transaction was read is required");
        }
    }

    @EventSourcingHandler
    void on(TransactionRecordedEvent event) {
        transactionId = event.transactionId();
        current = event.transaction();
    }

    @EventSourcingHandler
    void on(TransactionChangedEvent event) {
        current = event.transaction();
    }

    @EventSourcingHandler
    void on(UncategorisedBreakdownFoundEvent event) {
        reportedUnknown = event.unknownTypes();
    }
}
