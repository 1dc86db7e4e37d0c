// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.finances;

import io.sellersync.messages.accounts.AccountId;
import io.sellersync.messages.sync.SyncWindowKind;

/**
 * "Sync now": reads the account's transactions in the background, {@code INCREMENTAL} (from the cursor, with the
 * overlap) or {@code SWEEP} (the last days again). A request while one is queued or running joins it.
 */
public record SyncTransactionsCommand(AccountId accountId, SyncWindowKind kind) {}
