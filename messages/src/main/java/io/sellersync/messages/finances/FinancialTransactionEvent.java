// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.finances;

import io.sellersync.messages.accounts.AccountId;
import io.sellersync.messages.shared.AuditedEvent;

/** Every event of the {@code FinancialTransaction} aggregate. */
public sealed interface FinancialTransactionEvent extends AuditedEvent
        permits TransactionRecordedEvent, TransactionChangedEvent, UncategorisedBreakdownFoundEvent {

    FinancialTransactionId transactionId();

    AccountId accountId();
}
