// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.queue;

import io.sellersync.messages.shared.Money;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Another active entry for the same seller SKU is queued at {@code otherPrice}: the entry gets a queue-vs-queue
 * conflict unless its price agrees or it already has an open conflict (that one is answered first, then checked again).
 */
public record FlagQueueConflictCommand(
        @TargetAggregateIdentifier QueueItemId queueItemId, Money otherPrice) {}
