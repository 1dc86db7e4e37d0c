// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.queue;

import io.sellersync.messages.feed.FeedId;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The entry's change is verified live on Amazon (through feed {@code feedId}): it leaves the queue. */
public record RecordQueueItemSyncedCommand(
        @TargetAggregateIdentifier QueueItemId queueItemId, FeedId feedId, Instant at) {}
