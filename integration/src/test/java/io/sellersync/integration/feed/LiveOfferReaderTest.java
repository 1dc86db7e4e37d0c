// SPDX-License-Identifier: Apache-2.0
package io.sellersync.integration.feed;

import static io.sellersync.integration.feed.FeedFixtures.UK;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.sellersync.integration.listings.LiveListings;
import io.sellersync.integration.spapi.SpApiAccount;
import io.sellersync.messages.feed.LiveOffers;
import io.sellersync.messages.feed.ObservedOffer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The live read a feed is built from, against the emulator: 20 SKUs a call, unknown SKUs absent. */
class LiveOfferReaderTest {

    private static FeedTestBed bed;

    @BeforeAll
    static void start() throws Exception {
        bed = new FeedTestBed();
    }

    @AfterAll
    static void stop() throws Exception {
        bed.close();
    }

    @BeforeEach
    void reset() {
        bed.reset();
    }

    @Test
    void readsPricesAndQuantitiesInBatchesOfTwenty() {
        SpApiAccount account = bed.demoAccount();
        List<JsonNode> listed = bed.listings().stream()
                .filter(l -> l.path("offers").has(UK.value()))
                .limit(41)
                .toList();
        List<String> skus = new ArrayList<>();
        listed.forEach(l -> skus.add(l.get("sku").asText()));
        skus.add("NO-SUCH-SKU-1");
        skus.add("NO-SUCH-SKU-2");
        skus.add(skus.get(0));

        LiveOffers offers = LiveOfferReader.read(new LiveListings(bed.clients), account, UK, skus);

        assertThat(offers.bySku()).hasSize(41).doesNotContainKeys("NO-SUCH-SKU-1", "NO-SUCH-SKU-2");
        JsonNode first = listed.get(0);
        ObservedOffer offer = offers.bySku().get(first.get("sku").asText());
        assertThat(offer.found()).isTrue();
        assertThat(offer.price().amount())
                .isEqualByComparingTo(
                        first.path("offers").path(UK.value()).path("price").decimalValue());
        assertThat(offer.price().currency().getCurrencyCode()).isEqualTo("GBP");
        assertThat(offer.quantity()).isEqualTo(first.get("quantity").asInt());
        assertThat(bed.calls("searchListingsItems")).hasSize(3);
        assertThat(bed.violations()).isEmpty();
    }

    @Test
    void anAmazonFulfilledListingIsNotMerchantFulfilledAndItsQuantityIsAmazonsStock() {
        SpApiAccount account = bed.demoAccount();
        List<JsonNode> listed = bed.listings().stream()
                .filter(l -> l.path("offers").has(UK.value()))
                .toList();
        // Every fourth generated listing is FBA (docs/emulator.md): the control API's health view names its channel.
        JsonNode fba = listed.stream()
                .filter(l -> !"DEFAULT".equals(channel(account, l)))
                .findFirst()
                .orElseThrow();
        JsonNode merchant = listed.stream()
                .filter(l -> "DEFAULT".equals(channel(account, l)))
                .findFirst()
                .orElseThrow();

        LiveOffers offers = LiveOfferReader.read(
                new LiveListings(bed.clients),
                account,
                UK,
                List.of(fba.get("sku").asText(), merchant.get("sku").asText()));

        ObservedOffer amazons = offers.bySku().get(fba.get("sku").asText());
        assertThat(amazons.found()).isTrue();
        assertThat(amazons.merchantFulfilled()).isFalse();
        assertThat(amazons.quantity()).isEqualTo(fba.get("quantity").asInt());
        ObservedOffer sellers = offers.bySku().get(merchant.get("sku").asText());
        assertThat(sellers.merchantFulfilled()).isTrue();
        assertThat(sellers.quantity()).isEqualTo(merchant.get("quantity").asInt());
        assertThat(bed.violations()).isEmpty();
    }

    private static String channel(SpApiAccount account, JsonNode listing) {
        return bed.control(
                        "GET",
                        "/listings/" + account.sellingPartnerId() + "/"
                                + listing.get("sku").asText() + "/health",
                        null)
                .path("fulfillmentChannel")
                .asText();
    }
}
