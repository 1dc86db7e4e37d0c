// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.feed;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The feed ended without results: why, in words, and the result document when Amazon gave one. */
public record RecordFeedFailedCommand(
        @TargetAggregateIdentifier FeedId feedId,
        FeedFailure failure,
        String reason,
        String reportDigest,
        Instant at) {}
