// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.feed;

import io.sellersync.messages.queue.QueueItemId;
import java.util.List;

/** The outcome of one message with its issues and the queue entries it carries. */
public record MessageResult(
        int messageId, String sku, MessageOutcome outcome, List<FeedIssue> issues, List<QueueItemId> entries) {

    public MessageResult {
        issues = List.copyOf(issues);
        entries = List.copyOf(entries);
    }
}
