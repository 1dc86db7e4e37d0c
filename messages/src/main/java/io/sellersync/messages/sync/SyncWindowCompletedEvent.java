// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.sync;

import io.sellersync.messages.accounts.AccountId;
import java.time.Instant;
import java.util.Locale;

/**
 * A window was read completely. {@code position} is the cursor after it: the {@code to} of the last completed
 * incremental window (Amazon's clock), unchanged by sweeps and backfills; null until the first incremental window.
 */
public record SyncWindowCompletedEvent(
        SyncCursorId cursorId,
        AccountId accountId,
        SyncDataSet dataSet,
        SyncWindowKind kind,
        Instant from,
        Instant to,
        int items,
        Instant position,
        Instant completedAt)
        implements SyncCursorEvent {

    @Override
    public String describe() {
        return "%s sync (%s) read %s to %s: %d item(s)"
                .formatted(dataSet.words(), kind.name().toLowerCase(Locale.ROOT), from, to, items);
    }
}
