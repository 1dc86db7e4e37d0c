// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.finances;

import io.sellersync.messages.accounts.AccountId;
import java.time.Instant;

/**
 * A historical import: the range, how far it has read ({@code position}), how many transactions it saw, its state
 * ({@code QUEUED}, {@code RUNNING}, {@code DONE}, {@code FAILED} — a failed chunk is retried) and the last error.
 */
public record TransactionImportView(
        String importId,
        AccountId accountId,
        Instant from,
        Instant to,
        Instant position,
        long transactions,
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
