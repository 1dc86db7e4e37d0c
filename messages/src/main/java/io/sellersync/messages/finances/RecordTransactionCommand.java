// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.finances;

import io.sellersync.messages.accounts.AccountId;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * One transaction as {@code listTransactions} showed it at {@code seenAt}: recorded when new, recorded as a change
 * when Amazon changed it in place (e.g. {@code DEFERRED} → {@code DEFERRED_RELEASED}), ignored when unchanged, so
 * re-reading a window is harmless.
 */
public record RecordTransactionCommand(
        @TargetAggregateIdentifier FinancialTransactionId transactionId,
        AccountId accountId,
        AmazonTransaction transaction,
        Instant seenAt) {}
