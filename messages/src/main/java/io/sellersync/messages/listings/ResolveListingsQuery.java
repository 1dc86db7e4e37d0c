// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.listings;

import io.sellersync.messages.accounts.AccountId;
import io.sellersync.messages.shared.MarketplaceId;
import java.util.List;

/**
 * Resolves seller SKU, product type and live offer for each request in one account and marketplace: the listing
 * cache first, then a live {@code searchListingsItems} by ASIN, else a generated SKU marked new; live price and
 * quantity read fresh from Amazon (batches of 20). Answered with {@link ListingResolutions} in request order. A failed
 * lookup is a {@link ListingResolution#failure()}, never a generated SKU.
 */
public record ResolveListingsQuery(AccountId accountId, MarketplaceId marketplaceId, List<ListingRequest> requests) {

    public ResolveListingsQuery {
        requests = List.copyOf(requests);
    }
}
