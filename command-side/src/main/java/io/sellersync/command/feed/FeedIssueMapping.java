// SPDX-License-Identifier: Apache-2.0
package io.sellersync.command.feed;

import io.sellersync.messages.feed.FeedIssue;
import io.sellersync.messages.feed.FeedMessage;
import io.sellersync.messages.feed.MessageOutcome;
import io.sellersync.messages.feed.MessageResult;
import io.sellersync.messages.feed.ReportIssue;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Maps report issues to the feed's messages: by {@code messageId} when it names a message of the feed, else by
 * {@code sku}; an issue matching neither concerns the feed as a whole. A message with an ERROR issue is an error, with a
 * WARNING a warning, otherwise accepted.
 */
final class FeedIssueMapping {

    final List<MessageResult> results;
    final List<FeedIssue> feedIssues;

    private FeedIssueMapping(List<MessageResult> results, List<FeedIssue> feedIssues) {
        this.results = results;
        this.feedIssues = feedIssues;
    }

    static FeedIssueMapping map(Collection<FeedMessage> messages, List<ReportIssue> issues) {
        Map<Integer, List<FeedIssue>> byMessage = new LinkedHashMap<>();
        Map<String, Integer> idBySku = new HashMap<>();
        for (FeedMessage message : messages) {
            byMessage.put(message.messageId(), new ArrayList<>());
            idBySku.put(message.sku(), message.messageId());
        }
        List<FeedIssue> feedIssues = new ArrayList<>();
        for (ReportIssue issue : issues) {
            Integer target = issue.messageId() != null && byMessage.containsKey(issue.messageId())
                    ? issue.messageId()
                    : issue.sku() == null ? null : idBySku.get(issue.sku());
            if (target == null) {
                feedIssues.add(issue.issue());
            } else {
                byMessage.get(target).add(issue.issue());
            }
        }
        List<MessageResult> results = new ArrayList<>();
        for (FeedMessage message : messages) {
            List<FeedIssue> own = byMessage.get(message.messageId());
            results.add(new MessageResult(message.messageId(), message.sku(), outcome(own), own, message.entries()));
        }
        return new FeedIssueMapping(results, feedIssues);
    }

    private static MessageOutcome outcome(List<FeedIssue> issues) {
        if (issues.stream().anyMatch(i -> "ERROR".equalsIgnoreCase(i.severity()))) {
            return MessageOutcome.ERROR;
        }
        if (issues.stream().anyMatch(i -> "WARNING".equalsIgnoreCase(i.severity()))) {
            return MessageOutcome.WARNING;
        }
        return MessageOutcome.ACCEPTED;
    }
}
