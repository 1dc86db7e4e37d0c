// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.feed;

/** Amazon did not cancel the feed, in words; the feed goes on. */
public record FeedCancelFailedEvent(FeedId feedId, String reason) implements FeedEvent {

    @Override
    public String describe() {
        return "Feed %s could not be cancelled: %s".formatted(FeedEvent.shortId(feedId), reason);
    }
}
