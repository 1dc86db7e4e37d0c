// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.orders;

import io.sellersync.messages.accounts.AccountId;
import io.sellersync.messages.sync.SyncWindowKind;

/**
 * "Sync now": reads the account's orders in the background, {@code INCREMENTAL} (from the cursor with the overlap, or
 * the first sync's days when there is no cursor yet) or {@code SWEEP} (the last days again). A request while one is
 * queued or running joins it. Answered at once (progress in {@link FindOrderSyncStatusQuery}).
 */
public record SyncOrdersCommand(AccountId accountId, SyncWindowKind kind) {}
