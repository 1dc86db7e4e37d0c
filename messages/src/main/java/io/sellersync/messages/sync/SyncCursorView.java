// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.sync;

import io.sellersync.messages.accounts.AccountId;
import java.time.Instant;

/**
 * A cursor as the pollers and pages see it: {@code position} (Amazon's clock; null before the first incremental
 * window), the last completed window and the last failure ({@code failuresInRow} 0 once a window completes again).
 */
public record SyncCursorView(
        AccountId accountId,
        SyncDataSet dataSet,
        Instant position,
        SyncWindowKind lastKind,
        Instant lastFrom,
        Instant lastTo,
        int lastItems,
        Instant lastCompletedAt,
        String lastError,
        String lastErrorRequestId,
        Instant lastFailedAt,
        int failuresInRow) {}
