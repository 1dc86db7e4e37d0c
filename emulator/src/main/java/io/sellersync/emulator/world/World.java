// SPDX-License-Identifier: Apache-2.0
package io.sellersync.emulator.world;

import com.fasterxml.jackson.databind.JsonNode;
import io.sellersync.emulator.world.AppliedChange.Kind;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.stereotype.Component;

/**
 * The emulated Amazon's state: sellers, catalogue and live listings, plus the log of every change that went live.
 *
 * <p>All access is synchronised on this object; it never calls out while holding the lock, so other components may
 * call it from anywhere. Every mutation takes the emulated instant at which it happens.
 */
@Component
public class World {

    private WorldSpec spec;
    private LwaApplication application;
    private List<Seller> sellers = List.of();
    private final Map<String, CatalogItem> catalog = new LinkedHashMap<>();
    private final Map<String, Map<String, Listing>> listings = new LinkedHashMap<>();
    private final List<AppliedChange> changes = new ArrayList<>();
    private final Set<String> amazonFulfilled = new HashSet<>();
    private final Map<String, BigDecimal> referencePrices = new HashMap<>();
    private final Map<String, PricingError> pricingErrors = new HashMap<>();

    public synchronized void reseed(WorldSpec newSpec, Instant now) {
        WorldGenerator.Generated generated = WorldGenerator.generate(newSpec, now);
        spec = newSpec;
        application = generated.application();
        sellers = List.copyOf(generated.sellers());
        catalog.clear();
        generated.catalog().forEach(item -> catalog.put(item.asin(), item));
        listings.clear();
        sellers.forEach(s -> listings.put(s.sellerId(), new TreeMap<>()));
        generated.listings().forEach(l -> listings.get(l.sellerId()).put(l.sku(), l));
        changes.clear();
        amazonFulfilled.clear();
        amazonFulfilled.addAll(generated.amazonFulfilled());
        referencePrices.clear();
        pricingErrors.clear();
        generated.listings().forEach(this::rememberReferencePrices);
    }

    public synchronized WorldSpec spec() {
        return spec;
    }

    public synchronized LwaApplication application() {
        return application;
    }

    public synchronized List<Seller> sellers() {
        return sellers;
    }

    public synchronized Seller demoSeller() {
        return sellers.get(0);
    }

    public synchronized Optional<Seller> seller(String sellerId) {
        return sellers.stream().filter(s -> s.sellerId().equals(sellerId)).findFirst();
    }

    public synchronized Optional<Seller> sellerByRefreshToken(String refreshToken) {
        return sellers.stream()
                .filter(s -> s.refreshToken().equals(refreshToken))
                .findFirst();
    }

    public synchronized Optional<CatalogItem> catalogItem(String asin) {
        return Optional.ofNullable(asin).map(catalog::get);
    }

    public synchronized List<CatalogItem> catalog() {
        return List.copyOf(catalog.values());
    }

    public synchronized Optional<Listing> listing(String sellerId, String sku) {
        return Optional.ofNullable(listings.getOrDefault(sellerId, Map.of()).get(sku));
    }

    /** The seller's listings ordered by SKU. */
    public synchronized List<Listing> listings(String sellerId) {
        return List.copyOf(listings.getOrDefault(sellerId, Map.of()).values());
    }

    /** Whether Amazon fulfils the SKU's orders (FBA); listings created through the API are merchant-fulfilled. */
    public synchronized boolean fulfilledByAmazon(String sellerId, String sku) {
        return amazonFulfilled.contains(sellerId + "|" + sku);
    }

    /** The listing's offers deactivated for a potential pricing error, by marketplace. */
    public synchronized Map<String, PricingError> pricingErrors(String sellerId, String sku) {
        Map<String, PricingError> found = new TreeMap<>();
        for (Marketplace marketplace : Marketplace.values()) {
            PricingError error = pricingErrors.get(key(sellerId, sku, marketplace.id()));
            if (error != null) {
                found.put(marketplace.id(), error);
            }
        }
        return found;
    }

    public synchronized List<AppliedChange> changes() {
        return List.copyOf(changes);
    }

    /**
     * Creates the listing, or replaces its product facts and attributes. For an existing listing the live prices and
     * quantity stay as they are: those change through their own, separately delayed price and quantity changes.
     */
    public synchronized void upsert(Listing listing, String source, Instant submittedAt, Instant at) {
        Map<String, Listing> bySku = sellerListings(listing.sellerId());
        Listing old = bySku.get(listing.sku());
        if (old == null) {
            bySku.put(listing.sku(), listing);
            rememberReferencePrices(listing);
            record(listing.sellerId(), listing.sku(), null, Kind.CREATE, null, listing.asin(), source, submittedAt, at);
            for (Offer offer : listing.offers().values()) {
                if (offer.price() != null) {
                    record(
                            listing.sellerId(),
                            listing.sku(),
                            offer.marketplaceId(),
                            Kind.PRICE,
                            null,
                            str(offer.price()),
                            source,
                            submittedAt,
                            at);
                }
            }
            record(
                    listing.sellerId(),
                    listing.sku(),
                    null,
                    Kind.QUANTITY,
                    null,
                    String.valueOf(listing.quantity()),
                    source,
                    submittedAt,
                    at);
            return;
        }
        Map<String, Offer> offers = new LinkedHashMap<>(old.offers());
        listing.offers().forEach(offers::putIfAbsent);
        bySku.put(
                listing.sku(),
                new Listing(
                        listing.sellerId(),
                        listing.sku(),
                        listing.asin(),
                        listing.productType(),
                        listing.conditionType(),
                        listing.itemName(),
                        old.quantity(),
                        old.createdDate(),
                        at,
                        offers,
                        listing.attributes()));
        record(
                listing.sellerId(),
                listing.sku(),
                null,
                Kind.ATTRIBUTE,
                null,
                "all attributes replaced",
                source,
                submittedAt,
                at);
    }

    /** Sets or (with a null price) withdraws the offer price in one marketplace; false if the listing is gone. */
    public synchronized boolean applyPrice(
            String sellerId,
            String sku,
            String marketplaceId,
            String currency,
            BigDecimal price,
            String source,
            Instant submittedAt,
            Instant at) {
        Listing listing = listing(sellerId, sku).orElse(null);
        if (listing == null) {
            return false;
        }
        Map<String, Offer> offers = new LinkedHashMap<>(listing.offers());
        Offer old = offers.get(marketplaceId);
        offers.put(marketplaceId, old == null ? new Offer(marketplaceId, currency, price, at) : old.withPrice(price));
        sellerListings(sellerId).put(sku, listing.withOffers(offers, at));
        checkPrice(sellerId, sku, marketplaceId, price, at);
        record(
                sellerId,
                sku,
                marketplaceId,
                Kind.PRICE,
                old == null ? null : str(old.price()),
                str(price),
                source,
                submittedAt,
                at);
        return true;
    }

    /** Takes the price off every offer of the SKU (a fault: Amazon dropping a price as the stock arrives). */
    public synchronized boolean dropPrices(
            String sellerId, String sku, String source, Instant submittedAt, Instant at) {
        Listing listing = listing(sellerId, sku).orElse(null);
        if (listing == null) {
            return false;
        }
        Map<String, Offer> offers = new LinkedHashMap<>();
        for (Map.Entry<String, Offer> entry : listing.offers().entrySet()) {
            Offer old = entry.getValue();
            offers.put(entry.getKey(), old.withPrice(null));
            if (old.price() != null) {
                record(sellerId, sku, entry.getKey(), Kind.PRICE, str(old.price()), null, source, submittedAt, at);
            }
        }
        sellerListings(sellerId).put(sku, listing.withOffers(offers, at));
        return true;
    }

    public synchronized boolean applyQuantity(
            String sellerId, String sku, int quantity, String source, Instant submittedAt, Instant at) {
        Listing listing = listing(sellerId, sku).orElse(null);
        if (listing == null) {
            return false;
        }
        sellerListings(sellerId).put(sku, listing.withQuantity(quantity, at));
        record(
                sellerId,
                sku,
                null,
                Kind.QUANTITY,
                String.valueOf(listing.quantity()),
                String.valueOf(quantity),
                source,
                submittedAt,
                at);
        return true;
    }

    public synchronized boolean applyCondition(
            String sellerId, String sku, String condition, String source, Instant submittedAt, Instant at) {
        Listing listing = listing(sellerId, sku).orElse(null);
        if (listing == null) {
            return false;
        }
        sellerListings(sellerId).put(sku, listing.withCondition(condition, at));
        record(sellerId, sku, null, Kind.CONDITION, listing.conditionType(), condition, source, submittedAt, at);
        return true;
    }

    /** Sets a free-form attribute, or removes it when {@code value} is null; {@code item_name} updates the name. */
    public synchronized boolean applyAttribute(
            String sellerId, String sku, String name, JsonNode value, String source, Instant submittedAt, Instant at) {
        Listing listing = listing(sellerId, sku).orElse(null);
        if (listing == null) {
            return false;
        }
        Map<String, JsonNode> attributes = new LinkedHashMap<>(listing.attributes());
        JsonNode old = value == null ? attributes.remove(name) : attributes.put(name, value);
        Listing updated = listing.withAttributes(attributes, at);
        if ("item_name".equals(name) && value != null && value.path(0).hasNonNull("value")) {
            updated = updated.withItemName(value.path(0).path("value").asText(), at);
        }
        sellerListings(sellerId).put(sku, updated);
        record(
                sellerId,
                sku,
                null,
                Kind.ATTRIBUTE,
                name + "=" + (old == null ? null : old.toString()),
                name + "=" + (value == null ? null : value.toString()),
                source,
                submittedAt,
                at);
        return true;
    }

    /**
     * A buyer takes {@code quantity} units of a buyable offer: the live quantity drops at once. Returns the listing as
     * it was bought (with the live price), or empty when the offer is not buyable or the stock is short.
     */
    public synchronized Optional<Listing> purchase(
            String sellerId, String sku, String marketplaceId, int quantity, String source, Instant at) {
        Listing listing = listing(sellerId, sku).orElse(null);
        if (listing == null
                || !listing.listedIn(marketplaceId)
                || listing.offers().get(marketplaceId).price() == null
                || pricingErrors.containsKey(key(sellerId, sku, marketplaceId))
                || listing.quantity() < quantity) {
            return Optional.empty();
        }
        sellerListings(sellerId).put(sku, listing.withQuantity(listing.quantity() - quantity, at));
        record(
                sellerId,
                sku,
                marketplaceId,
                Kind.QUANTITY,
                String.valueOf(listing.quantity()),
                String.valueOf(listing.quantity() - quantity),
                source,
                at,
                at);
        return Optional.of(listing);
    }

    /** Puts units of a cancelled order back into stock. */
    public synchronized void restock(String sellerId, String sku, int quantity, String source, Instant at) {
        listing(sellerId, sku).ifPresent(listing -> {
            sellerListings(sellerId).put(sku, listing.withQuantity(listing.quantity() + quantity, at));
            record(
                    sellerId,
                    sku,
                    null,
                    Kind.QUANTITY,
                    String.valueOf(listing.quantity()),
                    String.valueOf(listing.quantity() + quantity),
                    source,
                    at,
                    at);
        });
    }

    /** Removes the listing from the given marketplaces, and entirely when none is left. */
    public synchronized boolean delete(
            String sellerId,
            String sku,
            Collection<String> marketplaceIds,
            String source,
            Instant submittedAt,
            Instant at) {
        Listing listing = listing(sellerId, sku).orElse(null);
        if (listing == null) {
            return false;
        }
        Map<String, Offer> offers = new LinkedHashMap<>(listing.offers());
        marketplaceIds.forEach(offers::remove);
        if (offers.isEmpty()) {
            sellerListings(sellerId).remove(sku);
        } else {
            sellerListings(sellerId).put(sku, listing.withOffers(offers, at));
        }
        for (String marketplaceId : marketplaceIds) {
            referencePrices.remove(key(sellerId, sku, marketplaceId));
            pricingErrors.remove(key(sellerId, sku, marketplaceId));
            record(sellerId, sku, marketplaceId, Kind.DELETE, listing.asin(), null, source, submittedAt, at);
        }
        return true;
    }

    /**
     * A price far below the reference deactivates the offer for a potential pricing error; a plausible one
     * reactivates it and becomes the new reference.
     */
    private void checkPrice(String sellerId, String sku, String marketplaceId, BigDecimal price, Instant at) {
        String key = key(sellerId, sku, marketplaceId);
        BigDecimal reference = referencePrices.get(key);
        if (PricingError.suspicious(price, reference)) {
            pricingErrors.put(key, new PricingError(marketplaceId, price, reference, at));
            return;
        }
        pricingErrors.remove(key);
        if (price != null) {
            referencePrices.put(key, price);
        }
    }

    private void rememberReferencePrices(Listing listing) {
        listing.offers().values().stream()
                .filter(o -> o.price() != null)
                .forEach(
                        o -> referencePrices.put(key(listing.sellerId(), listing.sku(), o.marketplaceId()), o.price()));
    }

    private static String key(String sellerId, String sku, String marketplaceId) {
        return sellerId + "|" + sku + "|" + marketplaceId;
    }

    private Map<String, Listing> sellerListings(String sellerId) {
        return listings.computeIfAbsent(sellerId, id -> new TreeMap<>());
    }

    private void record(
            String sellerId,
            String sku,
            String marketplaceId,
            Kind kind,
            String oldValue,
            String newValue,
            String source,
            Instant submittedAt,
            Instant at) {
        changes.add(new AppliedChange(
                changes.size() + 1L, sellerId, sku, marketplaceId, kind, oldValue, newValue, source, submittedAt, at));
    }

    private static String str(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }
}
