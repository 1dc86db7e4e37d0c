// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.sync;

import io.sellersync.messages.accounts.AccountId;

/** Every cursor, or an account's ({@code accountId} null = all accounts); answers a {@code List<SyncCursorView>}. */
public record ListSyncCursorsQuery(AccountId accountId) {}
