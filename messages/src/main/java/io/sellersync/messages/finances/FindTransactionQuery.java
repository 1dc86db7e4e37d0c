// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.finances;

/** One transaction with its breakdown and history; answers an {@code Optional<TransactionDetailView>}. */
public record FindTransactionQuery(FinancialTransactionId transactionId) {}
