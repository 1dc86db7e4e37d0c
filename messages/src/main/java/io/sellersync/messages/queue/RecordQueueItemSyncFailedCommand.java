// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.queue;

import io.sellersync.messages.feed.FeedId;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Feed {@code feedId} did not apply the entry ({@code reason} in words): it stays queued with the reason. An entry
 * queued after {@code feedBuiltAt} was not in that feed: unchanged.
 */
public record RecordQueueItemSyncFailedCommand(
        @TargetAggregateIdentifier QueueItemId queueItemId,
        FeedId feedId,
        Instant feedBuiltAt,
        String reason,
        Instant at) {}
