// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.twophase;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The quantity feed of {@code attempt} could not be built; after the last attempt the run fails in that phase. */
public record RecordQuantityPhaseDeferredCommand(
        @TargetAggregateIdentifier SyncRunId runId, int attempt, String reason, Instant at) {}
