// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.twophase;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Builds the quantity feed again after a deferral; {@code attempt} is the new attempt's number. */
public record RetryQuantityPhaseCommand(
        @TargetAggregateIdentifier SyncRunId runId, int attempt, Instant at) {}
