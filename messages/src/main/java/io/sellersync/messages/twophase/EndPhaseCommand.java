// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.twophase;

import io.sellersync.messages.feed.FeedId;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** One of the run's phase feeds completed (every message refused or read back): the run takes its next step. */
public record EndPhaseCommand(@TargetAggregateIdentifier SyncRunId runId, FeedId feedId, Instant at) {}
