// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.sync;

import io.sellersync.messages.accounts.AccountId;
import io.sellersync.messages.shared.AuditedEvent;

/** Every event of the {@code SyncCursor} aggregate. */
public sealed interface SyncCursorEvent extends AuditedEvent permits SyncWindowCompletedEvent, SyncWindowFailedEvent {

    SyncCursorId cursorId();

    AccountId accountId();

    SyncDataSet dataSet();
}
