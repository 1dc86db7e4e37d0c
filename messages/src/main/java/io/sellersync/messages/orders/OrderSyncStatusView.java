// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.orders;

import io.sellersync.messages.accounts.AccountId;
import io.sellersync.messages.sync.SyncWindowKind;
import java.time.Instant;

/**
 * An account's order sync: its state, the kind and window of the current (or last) run on Amazon's clock, pages and
 * orders read so far in it, when it started and finished, the last error in words, the cursor position and when the
 * next scheduled run is due.
 */
public record OrderSyncStatusView(
        AccountId accountId,
        OrderSyncState state,
        SyncWindowKind kind,
        Instant windowFrom,
        Instant windowTo,
        int pages,
        int orders,
        Instant startedAt,
        Instant finishedAt,
        String lastError,
        Instant cursor,
        Instant nextRunAt) {}
