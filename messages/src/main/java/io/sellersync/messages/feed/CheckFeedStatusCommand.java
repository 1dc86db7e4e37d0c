// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.feed;

import io.sellersync.messages.accounts.AccountId;

/**
 * Read the feed's status from Amazon ({@code getFeed}) and record it with {@link RecordFeedStatusCommand}. Handled in
 * {@code integration}, not by the aggregate; a failed read changes nothing (the next poll tries again).
 */
public record CheckFeedStatusCommand(FeedId feedId, AccountId accountId, String amazonFeedId) {}
