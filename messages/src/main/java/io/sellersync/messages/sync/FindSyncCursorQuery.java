// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.sync;

import io.sellersync.messages.accounts.AccountId;

/** The cursor of one account and data set; answers an {@code Optional<SyncCursorView>} (empty before any window). */
public record FindSyncCursorQuery(AccountId accountId, SyncDataSet dataSet) {}
