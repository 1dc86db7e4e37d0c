// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.finances;

import io.sellersync.messages.accounts.AccountId;

/** The historical imports (latest first), of an account or all ({@code accountId} null); answers a {@code List<TransactionImportView>}. */
public record ListTransactionImportsQuery(AccountId accountId) {}
