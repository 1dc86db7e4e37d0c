// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.feed;

/** Reading the processing report failed for the {@code attempt}-th time, and why. */
public record FeedReportFailedEvent(FeedId feedId, int attempt, String reason) implements FeedEvent {

    @Override
    public String describe() {
        return "Feed %s: Amazon's processing report could not be read (attempt %d): %s"
                .formatted(FeedEvent.shortId(feedId), attempt, reason);
    }
}
