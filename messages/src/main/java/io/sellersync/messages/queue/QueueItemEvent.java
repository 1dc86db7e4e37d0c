// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.queue;

import io.sellersync.messages.shared.AuditedEvent;

/** Every event of the {@code QueueItem} aggregate; {@link #queueItemId()} drives sequencing and projections. */
public sealed interface QueueItemEvent extends AuditedEvent
        permits ItemQueuedEvent,
                PriceConflictDetectedEvent,
                PriceConflictResolvedEvent,
                QueueItemRemovedEvent,
                QueueItemSyncedEvent,
                QueueItemSyncFailedEvent {

    QueueItemId queueItemId();
}
