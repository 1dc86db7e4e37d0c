// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.finances;

import io.sellersync.messages.accounts.AccountId;
import java.time.Instant;

/**
 * A historical import of the account's transactions posted in {@code [from, to)}: read in chunks in the background,
 * resumable after a crash, its progress in {@link ListTransactionImportsQuery}. {@code importId} is the caller's (a
 * repeated id joins the import instead of starting another).
 */
public record ImportTransactionsCommand(String importId, AccountId accountId, Instant from, Instant to) {}
