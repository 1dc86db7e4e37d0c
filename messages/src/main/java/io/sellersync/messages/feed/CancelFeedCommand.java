// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.feed;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The user asks to cancel the feed; only a feed Amazon last reported {@code IN_QUEUE} can be cancelled. */
public record CancelFeedCommand(@TargetAggregateIdentifier FeedId feedId, Instant at) {}
