// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.queue;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The seller's answer to the entry's open price conflict. */
public record ResolvePriceConflictCommand(
        @TargetAggregateIdentifier QueueItemId queueItemId, ConflictResolution resolution) {}
