// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.feed;

/**
 * An issue as the processing report gives it: {@code messageId} and/or {@code sku} (both null for a feed-level issue).
 */
public record ReportIssue(Integer messageId, String sku, FeedIssue issue) {}
