// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.sync;

import io.sellersync.messages.accounts.AccountId;
import java.time.Instant;
import java.util.Locale;

/**
 * Reading a window failed; the cursor did not move. {@code failuresInRow} counts failures since the last completed
 * window of any kind (1 for the first), so notifications can tell a blip from a sync that keeps failing.
 */
public record SyncWindowFailedEvent(
        SyncCursorId cursorId,
        AccountId accountId,
        SyncDataSet dataSet,
        SyncWindowKind kind,
        Instant from,
        Instant to,
        String reason,
        String amazonRequestId,
        int failuresInRow,
        Instant failedAt)
        implements SyncCursorEvent {

    @Override
    public String describe() {
        return "%s sync (%s) of %s to %s failed%s: %s"
                .formatted(
                        dataSet.words(),
                        kind.name().toLowerCase(Locale.ROOT),
                        from,
                        to,
                        failuresInRow > 1 ? " (" + failuresInRow + " times in a row)" : "",
                        reason);
    }
}
