// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.sync;

/**
 * Why a window was read. Only an {@code INCREMENTAL} window moves the cursor; a {@code SWEEP} re-reads recent history
 * to catch what Amazon changed late, a {@code BACKFILL} reads any range the user asked for.
 */
public enum SyncWindowKind {
    INCREMENTAL,
    SWEEP,
    BACKFILL
}
