// SPDX-License-Identifier: Apache-2.0
package io.sellersync.integration.listings;

import io.sellersync.integration.spapi.SpApiAccount;
import io.sellersync.integration.spapi.SpApiException;
import io.sellersync.integration.spapi.SpApiFailures;
import io.sellersync.messages.accounts.AccountId;
import io.sellersync.messages.inventory.ItemCondition;
import io.sellersync.messages.listings.ListingRequest;
import io.sellersync.messages.listings.ListingResolution;
import io.sellersync.messages.shared.MarketplaceId;
import io.sellersync.messages.shared.Money;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Resolves seller SKU, product type and live offer for ASIN + condition pairs of one account and marketplace. The
 * SKU comes from the listing cache, else from a live search by ASIN, else it is generated and marked new; a lookup
 * that fails (throttled beyond the retries, Amazon error, network, refused access) is a failure for the pairs it
 * concerned and never a generated SKU, so a failure can never create a duplicate listing.
 */
@Component
public class ListingResolver {

    private final ListingCache cache;
    private final LiveListings live;
    private final ProductTypes productTypes;
    private final SkuPattern skus;

    @Autowired
    public ListingResolver(
            ListingCache cache, LiveListings live, ProductTypes productTypes, ListingsProperties properties) {
        this(cache, live, productTypes, new SkuPattern(properties.skuPattern()));
    }

    ListingResolver(ListingCache cache, LiveListings live, ProductTypes productTypes, SkuPattern skus) {
        this.cache = cache;
        this.live = live;
        this.productTypes = productTypes;
        this.skus = skus;
    }

    /** The outcome for one distinct ASIN and condition while it is being worked out. */
    private static final class Work {
        final String asin;
        final ItemCondition condition;
        String sku;
        boolean newSku;
        LiveListing listing;
        String productType;
        String failure;

        Work(String asin, ItemCondition condition) {
            this.asin = asin;
            this.condition = condition;
        }

        ListingResolution resolution() {
            if (failure != null) {
                return new ListingResolution(asin, condition, null, false, null, null, null, failure);
            }
            Money price = listing == null ? null : listing.price();
            Integer quantity = listing == null ? null : listing.quantity();
            return new ListingResolution(asin, condition, sku, newSku, productType, price, quantity, null);
        }
    }

    record Key(String asin, ItemCondition condition) {}

    /**
     * One resolution per request, in request order. {@code onFailure} sees every SP-API failure (to report refused
     * credentials on the account).
     */
    public List<ListingResolution> resolve(
            AccountId accountId,
            SpApiAccount account,
            MarketplaceId marketplace,
            List<ListingRequest> requests,
            Consumer<SpApiException> onFailure) {
        Map<Key, Work> work = new LinkedHashMap<>();
        for (ListingRequest request : requests) {
            Key key = new Key(normalize(request.asin()), request.condition());
            work.computeIfAbsent(key, k -> new Work(k.asin, k.condition));
        }
        List<Work> open = new ArrayList<>();
        for (Work w : work.values()) {
            if (w.asin == null || !w.asin.matches("[A-Z0-9]{10}")) {
                w.failure = "The ASIN " + (w.asin == null ? "(none)" : "'" + w.asin + "'") + " is not valid";
            } else if (w.condition == null) {
                w.failure = "The condition is missing";
            } else {
                open.add(w);
            }
        }

        // 1. the listing cache, confirmed (with fresh price and quantity) by a live read by SKU
        List<Work> cached = new ArrayList<>();
        for (Work w : open) {
            Optional<CachedListing> hit = cache.find(accountId, marketplace, w.asin, w.condition);
            hit.ifPresent(h -> {
                w.sku = h.sellerSku();
                cached.add(w);
            });
        }
        List<Work> searchByAsin =
                new ArrayList<>(open.stream().filter(w -> w.sku == null).toList());
        for (List<Work> batch : batches(cached)) {
            List<String> batchSkus = batch.stream().map(w -> w.sku).distinct().toList();
            try {
                Map<String, LiveListing> found = live.bySkus(account, marketplace, batchSkus);
                for (Work w : batch) {
                    LiveListing listing = found.get(w.sku);
                    if (listing != null) {
                        w.listing = listing;
                    } else {
                        // gone from Amazon since the report: look again by ASIN
                        w.sku = null;
                        searchByAsin.add(w);
                    }
                }
            } catch (SpApiException failure) {
                onFailure.accept(failure);
                String words = "Could not read the live offer for SKU from Amazon: "
                        + SpApiFailures.explain(failure, SpApiFailures.Retry.BY_HAND);
                batch.forEach(w -> w.failure = words);
            }
        }

        // 2. a live search by ASIN, 20 ASINs per call
        List<String> asins = searchByAsin.stream()
                .map(w -> w.asin)
                .collect(java.util.stream.Collectors.toCollection(LinkedHashSet::new))
                .stream()
                .toList();
        Set<String> failedAsins = new HashSet<>();
        Map<String, String> asinFailures = new HashMap<>();
        Map<Key, LiveListing> byKey = new HashMap<>();
        Map<String, String> unreadable = new HashMap<>();
        for (int from = 0; from < asins.size(); from += LiveListings.BATCH) {
            List<String> batch = asins.subList(from, Math.min(asins.size(), from + LiveListings.BATCH));
            try {
                match(batch, live.byAsins(account, marketplace, batch), byKey, unreadable);
            } catch (SpApiException failure) {
                onFailure.accept(failure);
                failedAsins.addAll(batch);
                batch.forEach(a -> asinFailures.put(
                        a,
                        "Could not look up existing listings for the ASIN: "
                                + SpApiFailures.explain(failure, SpApiFailures.Retry.BY_HAND)));
            }
        }
        for (Work w : searchByAsin) {
            if (failedAsins.contains(w.asin)) {
                w.failure = asinFailures.get(w.asin);
                continue;
            }
            LiveListing found = byKey.get(new Key(w.asin, w.condition));
            if (found != null) {
                w.sku = found.sellerSku();
                w.listing = found;
            } else if (unreadable.containsKey(w.asin)) {
                // Amazon may already list it under a SKU we cannot match: a new SKU could duplicate that listing
                w.failure = unreadable.get(w.asin);
            } else {
                // 3. nothing on Amazon: a new SKU
                w.sku = newSku(accountId, marketplace, w);
                w.newSku = true;
            }
        }

        // 4. product types from Catalog Items (cached)
        Map<String, String> typeFailures = new HashMap<>();
        Map<String, Optional<String>> types = new HashMap<>();
        for (Work w : open) {
            if (w.failure != null) {
                continue;
            }
            if (!types.containsKey(w.asin) && !typeFailures.containsKey(w.asin)) {
                try {
                    types.put(w.asin, productTypes.productType(account, w.asin, marketplace));
                } catch (SpApiException failure) {
                    onFailure.accept(failure);
                    typeFailures.put(
                            w.asin,
                            failure instanceof SpApiException.NotFound
                                    ? "Amazon's catalogue has no item " + w.asin + " in this marketplace"
                                    : "Could not read the product type from Amazon's catalogue: "
                                            + SpApiFailures.explain(failure, SpApiFailures.Retry.BY_HAND));
                }
            }
            if (typeFailures.containsKey(w.asin)) {
                w.failure = typeFailures.get(w.asin);
            } else if (types.get(w.asin).isEmpty()) {
                w.failure = "Amazon's catalogue has no product type for " + w.asin + " in this marketplace";
            } else {
                w.productType = types.get(w.asin).get();
            }
        }

        List<ListingResolution> results = new ArrayList<>(requests.size());
        for (ListingRequest request : requests) {
            results.add(work.get(new Key(normalize(request.asin()), request.condition()))
                    .resolution());
        }
        return results;
    }

    /**
     * Sorts one ASIN search's answer: listings by ASIN and condition into {@code byKey} (the first SKU wins), and for
     * every searched ASIN that has a listing whose ASIN or condition cannot be read, the words of the failure into
     * {@code unreadable}. Such a listing may be exactly the offer we look for, so an ASIN without a readable match must
     * fail rather than get a generated SKU (which would create a duplicate listing). A listing without a readable ASIN
     * is attributed to every ASIN of the search, since it could be any of them.
     */
    static void match(
            List<String> searchedAsins,
            List<LiveListing> answer,
            Map<Key, LiveListing> byKey,
            Map<String, String> unreadable) {
        List<LiveListing> listings = new ArrayList<>(answer);
        listings.sort(java.util.Comparator.comparing(
                LiveListing::sellerSku, java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())));
        for (LiveListing l : listings) {
            String asin = normalize(l.asin());
            if (asin == null) {
                for (String searched : searchedAsins) {
                    unreadable.putIfAbsent(
                            normalize(searched),
                            "Amazon answered the ASIN search with listing " + l.sellerSku()
                                    + " whose ASIN could not be read; check it in Seller Central before adding"
                                    + " (a new SKU could duplicate it)");
                }
            } else if (l.condition() == null) {
                unreadable.putIfAbsent(
                        asin,
                        "Amazon has listing " + l.sellerSku() + " for " + asin
                                + " whose condition could not be read; check it in Seller Central before adding"
                                + " (a new SKU could duplicate it)");
            } else {
                byKey.putIfAbsent(new Key(asin, l.condition()), l);
            }
        }
    }

    /** A generated SKU that the cache does not already hold (a clash of four random characters is rare). */
    private String newSku(AccountId accountId, MarketplaceId marketplace, Work w) {
        String sku = skus.generate(w.asin, w.condition);
        for (int attempt = 0; attempt < 5 && cache.contains(accountId, marketplace, sku); attempt++) {
            sku = skus.generate(w.asin, w.condition);
        }
        return sku;
    }

    private static List<List<Work>> batches(List<Work> works) {
        // batch by distinct SKU so no call carries more than 20 identifiers
        List<List<Work>> batches = new ArrayList<>();
        List<Work> current = new ArrayList<>();
        Set<String> currentSkus = new HashSet<>();
        for (Work w : works) {
            if (!currentSkus.contains(w.sku) && currentSkus.size() == LiveListings.BATCH) {
                batches.add(current);
                current = new ArrayList<>();
                currentSkus = new HashSet<>();
            }
            current.add(w);
            currentSkus.add(w.sku);
        }
        if (!current.isEmpty()) {
            batches.add(current);
        }
        return batches;
    }

    private static String normalize(String asin) {
        return asin == null ? null : asin.strip().toUpperCase(java.util.Locale.ROOT);
    }
}
