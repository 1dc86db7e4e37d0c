// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.queue;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Every other active entry for the entry's seller SKU now has the same price (or is gone): an open queue-vs-queue
 * conflict is over and the entry keeps its price. Does nothing when the entry has no open queue conflict.
 */
public record ClearQueueConflictCommand(
        @TargetAggregateIdentifier QueueItemId queueItemId) {}
