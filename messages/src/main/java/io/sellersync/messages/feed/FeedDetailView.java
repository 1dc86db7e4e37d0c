// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.feed;

import java.util.List;

/** A feed with its messages (ordered by message id) and the issues that concern no single message. */
public record FeedDetailView(FeedView feed, List<FeedMessageView> messages, List<FeedIssue> feedIssues) {

    public FeedDetailView {
        messages = List.copyOf(messages);
        feedIssues = List.copyOf(feedIssues);
    }
}
