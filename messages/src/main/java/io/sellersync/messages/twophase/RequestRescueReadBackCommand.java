// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.twophase;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A read-back round of rescued SKUs is due at {@code now}; SKUs past the rescue timeout end as held. */
public record RequestRescueReadBackCommand(
        @TargetAggregateIdentifier SyncRunId runId, Instant now) {}
