// SPDX-License-Identifier: Apache-2.0
package io.sellersync.emulator.world;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A world is fully determined by its seed, and every change that goes live is recorded with its time. */
class WorldTest {

    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");

    @Test
    void sameSeedGivesTheSameWorld() {
        World a = seeded(42);
        World b = seeded(42);
        assertThat(a.application()).isEqualTo(b.application());
        assertThat(a.sellers()).isEqualTo(b.sellers());
        assertThat(a.catalog()).isEqualTo(b.catalog());
        for (Seller seller : a.sellers()) {
            assertThat(a.listings(seller.sellerId())).isEqualTo(b.listings(seller.sellerId()));
        }
    }

    @Test
    void anotherSeedGivesAnotherWorld() {
        World a = seeded(42);
        World b = seeded(43);
        assertThat(a.demoSeller().sellerId()).isNotEqualTo(b.demoSeller().sellerId());
        assertThat(a.catalog()).isNotEqualTo(b.catalog());
    }

    @Test
    void sellersSellInTheUkAndGermanyInTheirCurrencies() {
        World world = seeded(7);
        Seller seller = world.demoSeller();
        assertThat(seller.marketplaceIds()).containsExactly("A1F83G8C2ARO7P", "A1PA6795UKMFR9");
        assertThat(seller.refreshToken()).startsWith("Atzr|");
        assertThat(world.application().clientId()).startsWith("amzn1.application-oa2-client.");
        assertThat(world.listings(seller.sellerId())).hasSize(WorldSpec.DEFAULT_LISTINGS_PER_SELLER);
        for (Listing listing : world.listings(seller.sellerId())) {
            assertThat(world.catalogItem(listing.asin())).isPresent();
            assertThat(listing.offers()).containsKey(Marketplace.UK.id());
            listing.offers().values().forEach(offer -> {
                assertThat(offer.currency())
                        .isEqualTo(Marketplace.byId(offer.marketplaceId())
                                .orElseThrow()
                                .currency());
                assertThat(offer.price().scale()).isEqualTo(2);
                assertThat(offer.price()).isGreaterThan(BigDecimal.ZERO);
            });
        }
    }

    @Test
    void appliedChangesAreRecordedWithTheirTimes() {
        World world = seeded(1);
        Listing listing = world.listings(world.demoSeller().sellerId()).get(0);
        Instant submitted = NOW.plusSeconds(5);
        Instant live = NOW.plusSeconds(65);
        world.applyQuantity(listing.sellerId(), listing.sku(), 7, "test", submitted, live);
        assertThat(world.listing(listing.sellerId(), listing.sku())
                        .orElseThrow()
                        .quantity())
                .isEqualTo(7);
        AppliedChange change = world.changes().get(0);
        assertThat(change.kind()).isEqualTo(AppliedChange.Kind.QUANTITY);
        assertThat(change.newValue()).isEqualTo("7");
        assertThat(change.submittedAt()).isEqualTo(submitted);
        assertThat(change.appliedAt()).isEqualTo(live);
    }

    private static World seeded(long seed) {
        World world = new World();
        world.reseed(WorldSpec.of(seed), NOW);
        return world;
    }
}
