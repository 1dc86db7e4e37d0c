// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.feed;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Amazon refused {@code cancelFeed} (the feed had left the queue, or the call failed), in words. */
public record RecordFeedCancelFailedCommand(
        @TargetAggregateIdentifier FeedId feedId, String reason) {}
