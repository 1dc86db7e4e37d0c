// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.queue;

import io.sellersync.messages.feed.FeedId;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The entry's change is verified live on Amazon (through feed {@code feedId}): it leaves the queue.
 * An entry queued after {@code feedBuiltAt} is another entry (the first was removed and queued again): unchanged.
 */
public record RecordQueueItemSyncedCommand(
        @TargetAggregateIdentifier QueueItemId queueItemId, FeedId feedId, Instant feedBuiltAt, Instant at) {}
