// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.feed;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Amazon accepted the feed as {@code amazonFeedId}; {@code recovered} when it was found with {@code getFeeds} after an
 * ambiguous {@code createFeed} failure rather than answered. A repeat changes nothing.
 */
public record RecordFeedSubmittedCommand(
        @TargetAggregateIdentifier FeedId feedId, String amazonFeedId, boolean recovered, Instant at) {}
