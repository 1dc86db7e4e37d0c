// SPDX-License-Identifier: Apache-2.0
package io.sellersync.integration.feed;

import io.sellersync.integration.listings.LiveListing;
import io.sellersync.integration.listings.LiveListings;
import io.sellersync.integration.spapi.SpApiAccount;
import io.sellersync.integration.spapi.SpApiAccounts;
import io.sellersync.integration.spapi.SpApiException;
import io.sellersync.messages.feed.LiveOffers;
import io.sellersync.messages.feed.ObservedOffer;
import io.sellersync.messages.feed.ReadLiveOffersQuery;
import io.sellersync.messages.shared.MarketplaceId;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/**
 * The fresh live read a feed is built from: {@code searchListingsItems} by seller SKU, 20 SKUs a call. A failed call
 * fails the query with Amazon's reason (a feed is never built from a stale snapshot); refused credentials are also
 * recorded on the account.
 */
@Component
public class LiveOfferReader {

    private final SpApiAccounts accounts;
    private final LiveListings live;

    LiveOfferReader(SpApiAccounts accounts, LiveListings live) {
        this.accounts = accounts;
        this.live = live;
    }

    @QueryHandler
    LiveOffers handle(ReadLiveOffersQuery query) {
        SpApiAccount account = accounts.forAccount(accounts.view(query.accountId()));
        try {
            return read(live, account, query.marketplaceId(), query.skus());
        } catch (SpApiException e) {
            accounts.reportIfUnauthorized(query.accountId(), e);
            throw e;
        }
    }

    /** Reads the SKUs (duplicates once) in batches of {@link LiveListings#BATCH}. */
    public static LiveOffers read(
            LiveListings live, SpApiAccount account, MarketplaceId marketplace, List<String> skus) {
        List<String> distinct = List.copyOf(new LinkedHashSet<>(skus));
        Map<String, ObservedOffer> found = new LinkedHashMap<>();
        for (int from = 0; from < distinct.size(); from += LiveListings.BATCH) {
            List<String> batch = distinct.subList(from, Math.min(distinct.size(), from + LiveListings.BATCH));
            for (Map.Entry<String, LiveListing> e :
                    live.bySkus(account, marketplace, batch).entrySet()) {
                if (batch.contains(e.getKey())) {
                    LiveListing listing = e.getValue();
                    found.put(
                            e.getKey(),
                            new ObservedOffer(
                                    e.getKey(),
                                    true,
                                    listing.price(),
                                    listing.quantity(),
                                    listing.merchantFulfilled()));
                }
            }
        }
        return new LiveOffers(found);
    }
}
