// SPDX-License-Identifier: Apache-2.0
package io.sellersync.emulator.world;

import io.sellersync.emulator.producttypes.ProductTypes;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Builds a world from a seed with one {@link Random}, in a fixed order, so the same seed and start time always give
 * the same sellers, credentials, catalogue and listings.
 */
final class WorldGenerator {

    private static final String UPPER_ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    private static final String[] ADJECTIVES = {
        "Compact", "Deluxe", "Classic", "Urban", "Premium", "Eco", "Vintage", "Smart", "Travel", "Soft"
    };
    private static final String[] BRANDS = {"Nordvik", "Alpenhaus", "Brightwell", "Calderon", "Mossgrove", "Tidewater"};
    private static final BigDecimal EUR_PER_GBP = new BigDecimal("1.17");

    /** The generated world; {@code amazonFulfilled} holds {@code sellerId|sku} of the FBA listings (every fourth). */
    record Generated(
            LwaApplication application,
            List<Seller> sellers,
            List<CatalogItem> catalog,
            List<Listing> listings,
            Set<String> amazonFulfilled) {}

    private WorldGenerator() {}

    static Generated generate(WorldSpec spec, Instant at) {
        Instant now = at.truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        Random random = new Random(spec.seed());
        LwaApplication app = new LwaApplication(
                "amzn1.sp.solution." + hex(random, 8) + "-" + hex(random, 4) + "-" + hex(random, 4) + "-"
                        + hex(random, 4) + "-" + hex(random, 12),
                "amzn1.application-oa2-client." + hex(random, 32),
                "amzn1.oa2-cs.v1." + hex(random, 64));
        List<Seller> sellers = new ArrayList<>();
        for (int i = 0; i < spec.sellers(); i++) {
            String name = i == 0 ? "Demo seller" : "Seller " + (i + 1);
            sellers.add(new Seller(
                    "A" + alnum(random, 13),
                    name,
                    "EU",
                    List.of(Marketplace.UK.id(), Marketplace.DE.id()),
                    "Atzr|" + alnum(random, 80)));
        }
        List<String> types = ProductTypes.names();
        List<CatalogItem> catalog = new ArrayList<>();
        Set<String> asins = new LinkedHashSet<>();
        while (catalog.size() < spec.catalogSize()) {
            String asin = "B0" + alnum(random, 8);
            if (!asins.add(asin)) {
                continue;
            }
            String type = types.get(random.nextInt(types.size()));
            String brand = BRANDS[random.nextInt(BRANDS.length)];
            String name = brand + " " + ADJECTIVES[random.nextInt(ADJECTIVES.length)] + " "
                    + type.toLowerCase().replace('_', ' ') + " " + (catalog.size() + 1);
            catalog.add(new CatalogItem(asin, type, name, brand, ean(random)));
        }
        List<Listing> listings = new ArrayList<>();
        Set<String> amazonFulfilled = new LinkedHashSet<>();
        for (Seller seller : sellers) {
            List<CatalogItem> shuffled = new ArrayList<>(catalog);
            java.util.Collections.shuffle(shuffled, random);
            String prefix = seller.sellerId().substring(1, 3);
            for (int i = 0; i < spec.listingsPerSeller(); i++) {
                CatalogItem item = shuffled.get(i);
                String sku = prefix + "-" + alnum(random, 4) + "-" + String.format("%04d", i + 1);
                Instant created = now.minus(Duration.ofMinutes(60L * 24 * 30 + random.nextInt(60 * 24 * 300)));
                Instant updated = created.plus(Duration.ofMinutes(random.nextInt(60 * 24 * 25)));
                BigDecimal gbp = BigDecimal.valueOf(499 + random.nextInt(19_500), 2);
                Map<String, Offer> offers = new LinkedHashMap<>();
                offers.put(Marketplace.UK.id(), new Offer(Marketplace.UK.id(), "GBP", gbp, created));
                if (random.nextInt(10) < 7) {
                    BigDecimal eur = gbp.multiply(EUR_PER_GBP)
                            .setScale(0, RoundingMode.UP)
                            .subtract(new BigDecimal("0.01"));
                    offers.put(Marketplace.DE.id(), new Offer(Marketplace.DE.id(), "EUR", eur, created));
                }
                int quantity = random.nextInt(10) == 0 ? 0 : random.nextInt(120);
                String condition = random.nextInt(12) == 0 ? "used_like_new" : "new_new";
                listings.add(new Listing(
                        seller.sellerId(),
                        sku,
                        item.asin(),
                        item.productType(),
                        condition,
                        item.itemName(),
                        quantity,
                        created,
                        updated,
                        offers,
                        Map.of()));
                if (i % 4 == 3) {
                    amazonFulfilled.add(seller.sellerId() + "|" + sku);
                }
            }
        }
        return new Generated(app, sellers, catalog, listings, amazonFulfilled);
    }

    private static String alnum(Random random, int length) {
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append(UPPER_ALNUM.charAt(random.nextInt(UPPER_ALNUM.length())));
        }
        return sb.toString();
    }

    private static String hex(Random random, int length) {
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append(Character.forDigit(random.nextInt(16), 16));
        }
        return sb.toString();
    }

    private static String ean(Random random) {
        StringBuilder sb = new StringBuilder("40");
        for (int i = 0; i < 10; i++) {
            sb.append(random.nextInt(10));
        }
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += (sb.charAt(i) - '0') * (i % 2 == 0 ? 1 : 3);
        }
        return sb.append((10 - sum % 10) % 10).toString();
    }
}
