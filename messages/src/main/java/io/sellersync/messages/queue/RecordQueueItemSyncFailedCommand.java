// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.queue;

import io.sellersync.messages.feed.FeedId;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Feed {@code feedId} did not apply the entry ({@code reason} in words): it stays queued with the reason. */
public record RecordQueueItemSyncFailedCommand(
        @TargetAggregateIdentifier QueueItemId queueItemId, FeedId feedId, String reason, Instant at) {}
