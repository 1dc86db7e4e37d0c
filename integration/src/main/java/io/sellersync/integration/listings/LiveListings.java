// SPDX-License-Identifier: Apache-2.0
package io.sellersync.integration.listings;

import io.sellersync.integration.spapi.Pages;
import io.sellersync.integration.spapi.SpApiAccount;
import io.sellersync.integration.spapi.SpApiClients;
import io.sellersync.integration.spapi.api.ListingsApi;
import io.sellersync.integration.spapi.generated.listings.FulfillmentAvailability;
import io.sellersync.integration.spapi.generated.listings.Item;
import io.sellersync.integration.spapi.generated.listings.ItemOfferByMarketplace;
import io.sellersync.integration.spapi.generated.listings.ItemSummaryByMarketplace;
import io.sellersync.messages.feed.ObservedOffer;
import io.sellersync.messages.inventory.ItemCondition;
import io.sellersync.messages.shared.MarketplaceId;
import io.sellersync.messages.shared.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;
import org.springframework.stereotype.Component;

/**
 * Live reads through {@code searchListingsItems}: by ASIN (to find an existing SKU) and by seller SKU (for fresh
 * prices and quantities), at most 20 identifiers per call as Amazon allows, every result page followed. Amounts are
 * Amazon's decimal strings, parsed without loss.
 */
@Component
public class LiveListings {

    /** Amazon's limit of identifiers per {@code searchListingsItems} call, and its largest page. */
    public static final int BATCH = 20;

    private static final List<String> DATA = List.of("summaries", "offers", "fulfillmentAvailability");

    private final SpApiClients clients;

    public LiveListings(SpApiClients clients) {
        this.clients = clients;
    }

    /** Every listing of the seller in the marketplace for up to 20 ASINs. */
    List<LiveListing> byAsins(SpApiAccount account, MarketplaceId marketplace, List<String> asins) {
        return search(account, marketplace, asins, "ASIN");
    }

    /** The live listings for up to 20 seller SKUs, by SKU; SKUs Amazon does not know are missing. */
    public Map<String, LiveListing> bySkus(SpApiAccount account, MarketplaceId marketplace, List<String> skus) {
        Map<String, LiveListing> found = new LinkedHashMap<>();
        for (LiveListing listing : search(account, marketplace, skus, "SKU")) {
            found.putIfAbsent(listing.sellerSku(), listing);
        }
        return found;
    }

    /**
     * What Amazon shows for each SKU, 20 a call, for a read-back round: {@code found=false} for a SKU Amazon does not
     * return. A batch whose call fails is left out (the next round reads it again) and handed to {@code leftOut}.
     */
    public List<ObservedOffer> observe(
            SpApiAccount account,
            MarketplaceId marketplace,
            List<String> skus,
            BiConsumer<List<String>, RuntimeException> leftOut) {
        List<String> distinct = List.copyOf(new LinkedHashSet<>(skus));
        List<ObservedOffer> observed = new ArrayList<>();
        for (int from = 0; from < distinct.size(); from += BATCH) {
            List<String> batch = distinct.subList(from, Math.min(distinct.size(), from + BATCH));
            Map<String, LiveListing> found;
            try {
                found = bySkus(account, marketplace, batch);
            } catch (RuntimeException e) {
                leftOut.accept(batch, e);
                continue;
            }
            for (String sku : batch) {
                LiveListing listing = found.get(sku);
                observed.add(
                        listing == null
                                ? new ObservedOffer(sku, false, null, null)
                                : new ObservedOffer(
                                        sku, true, listing.price(), listing.quantity(), listing.merchantFulfilled()));
            }
        }
        return observed;
    }

    private List<LiveListing> search(
            SpApiAccount account, MarketplaceId marketplace, List<String> identifiers, String type) {
        if (identifiers.isEmpty()) {
            return List.of();
        }
        if (identifiers.size() > BATCH) {
            throw new IllegalArgumentException("at most " + BATCH + " identifiers per call");
        }
        ListingsApi api = clients.client(ListingsApi.class, account);
        List<LiveListing> result = new ArrayList<>();
        Pages.stream(token -> {
                    var page = api.searchListingsItems(
                            account.sellingPartnerId(),
                            List.of(marketplace.value()),
                            DATA,
                            identifiers,
                            type,
                            BATCH,
                            token);
                    return new Pages.Page<>(
                            page.getItems(),
                            page.getPagination() == null
                                    ? null
                                    : page.getPagination().getNextToken());
                })
                .forEach(item -> result.add(live(item, marketplace)));
        return result;
    }

    static LiveListing live(Item item, MarketplaceId marketplace) {
        ItemSummaryByMarketplace summary = item.getSummaries() == null
                ? null
                : item.getSummaries().stream()
                        .filter(s -> marketplace.value().equals(s.getMarketplaceId()))
                        .findFirst()
                        .orElse(null);
        String asin = summary == null ? null : summary.getAsin();
        ItemCondition condition = summary == null || summary.getConditionType() == null
                ? null
                : ItemCondition.parse(summary.getConditionType().getValue()).orElse(null);
        return new LiveListing(
                item.getSku(), asin, condition, price(item, marketplace), quantity(item), merchantFulfilled(item));
    }

    private static Money price(Item item, MarketplaceId marketplace) {
        if (item.getOffers() == null) {
            return null;
        }
        return item.getOffers().stream()
                .filter(o -> marketplace.value().equals(o.getMarketplaceId()))
                .filter(o -> o.getOfferType() == null || o.getOfferType() == ItemOfferByMarketplace.OfferTypeEnum.B2_C)
                .map(ItemOfferByMarketplace::getPrice)
                .filter(Objects::nonNull)
                .filter(p -> p.getAmount() != null && p.getCurrencyCode() != null)
                .map(p -> new Money(new BigDecimal(p.getAmount().strip()), Currency.getInstance(p.getCurrencyCode())))
                .findFirst()
                .orElse(null);
    }

    /**
     * False when Amazon shows fulfillment channels and none is {@code DEFAULT} (merchant): the listing is fulfilled by
     * Amazon. A listing without any fulfillment availability counts as merchant-fulfilled (nothing says otherwise).
     */
    static boolean merchantFulfilled(Item item) {
        List<FulfillmentAvailability> availability = item.getFulfillmentAvailability();
        if (availability == null || availability.isEmpty()) {
            return true;
        }
        return availability.stream().anyMatch(a -> "DEFAULT".equals(a.getFulfillmentChannelCode()));
    }

    /** The merchant-fulfilled quantity ({@code DEFAULT} channel), else Amazon's stock for an FBA listing. */
    private static Integer quantity(Item item) {
        List<FulfillmentAvailability> availability = item.getFulfillmentAvailability();
        if (availability == null || availability.isEmpty()) {
            return null;
        }
        return availability.stream()
                .filter(a -> "DEFAULT".equals(a.getFulfillmentChannelCode()))
                .findFirst()
                .orElse(availability.get(0))
                .getQuantity();
    }
}
