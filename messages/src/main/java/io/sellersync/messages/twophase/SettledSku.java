// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.twophase;

import io.sellersync.messages.queue.QueueItemId;
import io.sellersync.messages.shared.Money;
import java.util.List;

/**
 * A SKU whose part in the run ended: {@code state} VERIFIED, HELD or FAILED, why (null when verified), what Amazon
 * showed last (null when never seen), whether it was rescued, and the queue entries it carries.
 */
public record SettledSku(
        String sku,
        RunSkuState state,
        String reason,
        Money observedPrice,
        Integer observedQuantity,
        boolean rescued,
        List<QueueItemId> entries) {

    public SettledSku {
        entries = List.copyOf(entries);
        if (!state.ended()) {
            throw new IllegalArgumentException("a settled SKU is VERIFIED, HELD or FAILED, not " + state);
        }
    }
}
