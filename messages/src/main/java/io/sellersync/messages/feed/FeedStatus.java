// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.feed;

/**
 * Where a feed is, as the History shows it. Dry run: {@code VALIDATING} → {@code VALIDATED}. Submission:
 * {@code BUILT} → {@code UPLOADED} → {@code SUBMITTED} (in Amazon's queue) → {@code IN_PROGRESS} →
 * {@code VERIFYING} → {@code COMPLETED}; or {@code FAILED} / {@code CANCELLED}.
 */
public enum FeedStatus {
    VALIDATING,
    VALIDATED,
    BUILT,
    UPLOADED,
    SUBMITTED,
    IN_PROGRESS,
    VERIFYING,
    COMPLETED,
    FAILED,
    CANCELLED;

    public boolean finished() {
        return this == VALIDATED || this == COMPLETED || this == FAILED || this == CANCELLED;
    }
}
