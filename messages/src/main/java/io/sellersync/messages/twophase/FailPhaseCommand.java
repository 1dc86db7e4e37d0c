// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.twophase;

import io.sellersync.messages.feed.FeedFailure;
import io.sellersync.messages.feed.FeedId;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** One of the run's phase feeds failed as a whole (Amazon's FATAL or CANCELLED, or never submitted). */
public record FailPhaseCommand(
        @TargetAggregateIdentifier SyncRunId runId, FeedId feedId, FeedFailure failure, String reason, Instant at) {}
