// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.queue;

import io.sellersync.messages.accounts.AccountId;
import io.sellersync.messages.shared.MarketplaceId;

/** The queue's totals; null filters match everything. Answered with {@link QueueSummaryView}. */
public record QueueSummaryQuery(AccountId accountId, MarketplaceId marketplaceId) {}
