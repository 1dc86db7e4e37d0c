// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.feed;

import io.sellersync.messages.queue.QueueItemId;
import io.sellersync.messages.shared.Money;
import java.time.Instant;
import java.util.List;

/**
 * One message of a feed with what was sent (price, absolute quantity = live at build + units added), Amazon's verdict
 * (null until the report), its issues, and the read-back (state, live values last seen, when it ended).
 */
public record FeedMessageView(
        int messageId,
        String sku,
        FeedOperation operation,
        String productType,
        String asin,
        Money price,
        Integer quantity,
        Money livePrice,
        Integer liveQuantity,
        int unitsAdded,
        List<QueueItemId> entries,
        MessageOutcome outcome,
        List<FeedIssue> issues,
        VerificationState verification,
        Money observedPrice,
        Integer observedQuantity,
        Instant verifiedAt) {

    public FeedMessageView {
        entries = List.copyOf(entries);
        issues = List.copyOf(issues);
    }
}
