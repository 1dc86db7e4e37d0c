// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.queue;

import io.sellersync.messages.accounts.AccountId;
import io.sellersync.messages.shared.MarketplaceId;

/** The queued entries, oldest first; null filters match everything. Answered with a list of {@link QueueEntryView}. */
public record ListQueueQuery(AccountId accountId, MarketplaceId marketplaceId) {

    public boolean matches(QueueEntryView entry) {
        return (accountId == null || accountId.equals(entry.accountId()))
                && (marketplaceId == null || marketplaceId.equals(entry.marketplaceId()));
    }
}
