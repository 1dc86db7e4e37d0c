// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.feed;

import io.sellersync.messages.queue.QueueItemId;
import io.sellersync.messages.shared.Money;
import java.util.List;

/**
 * A message whose read-back ended: {@code state} VERIFIED, MISMATCH or TIMED_OUT, with the live values last seen (null
 * when never seen) and the queue entries it carries.
 */
public record VerifiedItem(
        int messageId,
        String sku,
        VerificationState state,
        Money observedPrice,
        Integer observedQuantity,
        List<QueueItemId> entries) {

    public VerifiedItem {
        entries = List.copyOf(entries);
    }
}
