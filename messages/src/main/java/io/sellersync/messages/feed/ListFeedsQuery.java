// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.feed;

import io.sellersync.messages.accounts.AccountId;

/** The History, newest first; null {@code accountId} = every account. Answered with {@link FeedPage}. */
public record ListFeedsQuery(AccountId accountId, FeedKind kind, int page, int size) {}
