// SPDX-License-Identifier: Apache-2.0
package io.sellersync.api.queue;

import io.sellersync.messages.inventory.InventoryItemId;
import io.sellersync.messages.queue.ConflictKind;
import io.sellersync.messages.queue.QueueItemId;
import io.sellersync.messages.shared.Money;

/**
 * What happened to one item of an "add to queue" request. {@code entryId} is set for ADDED and CONFLICT; a CONFLICT
 * carries both prices; SKIPPED, INVALID and FAILED carry the reason (FAILED: the SKU lookup failed, so the item stayed
 * out of the queue rather than risk a duplicate SKU).
 */
public record AddOutcome(
        InventoryItemId itemId,
        String localSku,
        Status status,
        String reason,
        QueueItemId entryId,
        String sellerSku,
        boolean newSku,
        ConflictKind conflictKind,
        Money yourPrice,
        Money theirPrice,
        boolean needsConfirmation) {

    /** The outcome of one item. */
    public enum Status {
        ADDED,
        CONFLICT,
        SKIPPED,
        INVALID,
        FAILED
    }

    static AddOutcome refused(InventoryItemId itemId, String localSku, Status status, String reason) {
        return new AddOutcome(itemId, localSku, status, reason, null, null, false, null, null, null, false);
    }
}
