// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.feed;

import io.sellersync.messages.accounts.AccountId;
import io.sellersync.messages.shared.MarketplaceId;
import java.util.List;

/**
 * A fresh read of these seller SKUs from Amazon (batched {@code searchListingsItems}, 20 per call). Answered with
 * {@link LiveOffers}; a failed read fails the query with the reason (nothing is built from a stale snapshot).
 */
public record ReadLiveOffersQuery(AccountId accountId, MarketplaceId marketplaceId, List<String> skus) {

    public ReadLiveOffersQuery {
        skus = List.copyOf(skus);
    }
}
