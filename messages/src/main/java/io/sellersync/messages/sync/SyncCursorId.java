// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.sync;

import io.sellersync.messages.accounts.AccountId;

/** Identity of a sync cursor: one per account and data set. {@code toString()} is the raw value. */
public record SyncCursorId(String value) {

    public SyncCursorId {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("sync cursor id is required");
        }
    }

    public static SyncCursorId of(AccountId accountId, SyncDataSet dataSet) {
        return new SyncCursorId(accountId.value() + "@" + dataSet.name());
    }

    @Override
    public String toString() {
        return value;
    }
}
