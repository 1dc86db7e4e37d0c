// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.feed;

/** Amazon's {@code processingStatus} of a feed. Only {@code IN_QUEUE} can be cancelled. */
public enum AmazonFeedStatus {
    IN_QUEUE,
    IN_PROGRESS,
    DONE,
    FATAL,
    CANCELLED;

    public boolean terminal() {
        return this == DONE || this == FATAL || this == CANCELLED;
    }
}
