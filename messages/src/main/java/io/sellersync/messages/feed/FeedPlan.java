// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.feed;

import io.sellersync.messages.queue.QueueItemId;
import java.util.List;

/**
 * What a submit would send for one account and marketplace: the messages (at most 25,000), the entries left out with
 * the reason, warnings that need an explicit confirmation (guard rails, Amazon's price moved since queueing), and how
 * many SKUs wait for the next feed because the feed is full.
 */
public record FeedPlan(List<FeedMessage> messages, List<Skipped> skipped, List<Warning> warnings, int deferredSkus) {

    public FeedPlan {
        messages = List.copyOf(messages);
        skipped = List.copyOf(skipped);
        warnings = List.copyOf(warnings);
    }

    /** An entry the feed leaves out, and why. */
    public record Skipped(QueueItemId entry, String sku, String reason) {}

    /** Something the user must confirm before this feed is submitted. */
    public record Warning(String sku, String message) {}

    public boolean needsConfirmation() {
        return !warnings.isEmpty();
    }

    public boolean isEmpty() {
        return messages.isEmpty();
    }
}
