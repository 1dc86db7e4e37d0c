// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.orders;

import io.sellersync.messages.accounts.AccountId;
import java.time.Instant;

/**
 * A backfill: the creation-date range, how far it has read ({@code position}), how many orders it saw, its state
 * ({@code QUEUED}, {@code RUNNING}, {@code DONE}, {@code FAILED} — a failed window is retried) and the last error.
 */
public record OrderBackfillView(
        String backfillId,
        AccountId accountId,
        Instant from,
        Instant to,
        Instant position,
        long orders,
        String state,
        String lastError,
        Instant createdAt,
        Instant updatedAt) {

    /** How much of the range is read, 0–100. */
    public int percent() {
        long whole = to.getEpochSecond() - from.getEpochSecond();
        long done = position.getEpochSecond() - from.getEpochSecond();
        return whole <= 0 ? 100 : (int) Math.max(0, Math.min(100, done * 100 / whole));
    }
}
