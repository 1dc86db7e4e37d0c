// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.twophase;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Amazon's answer to a rescue {@code patchListingsItem}: accepted, or refused with the reason in words. */
public record RecordSkuRescueStepCommand(
        @TargetAggregateIdentifier SyncRunId runId,
        String sku,
        RescueStep step,
        int attempt,
        boolean accepted,
        String reason,
        Instant at) {}
