// SPDX-License-Identifier: Apache-2.0
package io.sellersync.emulator.world;

/** How big a seeded world is; the seed alone decides everything else. */
public record WorldSpec(long seed, int catalogSize, int listingsPerSeller, int sellers) {

    public static final int DEFAULT_CATALOG_SIZE = 300;
    public static final int DEFAULT_LISTINGS_PER_SELLER = 200;
    public static final int DEFAULT_SELLERS = 2;

    public WorldSpec {
        if (catalogSize < 1 || listingsPerSeller < 0 || sellers < 1) {
            throw new IllegalArgumentException("a world needs at least one ASIN and one seller");
        }
        listingsPerSeller = Math.min(listingsPerSeller, catalogSize);
    }

    public static WorldSpec of(long seed) {
        return new WorldSpec(seed, DEFAULT_CATALOG_SIZE, DEFAULT_LISTINGS_PER_SELLER, DEFAULT_SELLERS);
    }
}
