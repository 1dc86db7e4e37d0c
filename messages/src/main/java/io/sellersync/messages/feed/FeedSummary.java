// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.feed;

/** The processing report's {@code summary} block, as Amazon counted. */
public record FeedSummary(int messagesProcessed, int messagesAccepted, int messagesInvalid, int errors, int warnings) {}
