// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.queue;

import io.sellersync.messages.accounts.AccountId;
import io.sellersync.messages.shared.MarketplaceId;
import java.util.List;

/**
 * The active entries that target any of these seller SKUs in one account and marketplace (the queue-vs-queue check);
 * answered with a list of {@link QueueEntryView}.
 */
public record FindQueueEntriesBySellerSkuQuery(
        AccountId accountId, MarketplaceId marketplaceId, List<String> sellerSkus) {

    public FindQueueEntriesBySellerSkuQuery {
        sellerSkus = List.copyOf(sellerSkus);
    }
}
