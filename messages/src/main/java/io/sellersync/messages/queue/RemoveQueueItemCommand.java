// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.queue;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Takes an entry out of the queue; Amazon is not touched. */
public record RemoveQueueItemCommand(
        @TargetAggregateIdentifier QueueItemId queueItemId, RemovalReason reason) {}
