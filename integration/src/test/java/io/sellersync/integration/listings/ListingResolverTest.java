// SPDX-License-Identifier: Apache-2.0
package io.sellersync.integration.listings;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.sellersync.integration.spapi.SpApiAccount;
import io.sellersync.integration.spapi.SpApiException;
import io.sellersync.messages.accounts.AccountId;
import io.sellersync.messages.inventory.ItemCondition;
import io.sellersync.messages.listings.ListingRequest;
import io.sellersync.messages.listings.ListingResolution;
import io.sellersync.messages.shared.MarketplaceId;
import io.sellersync.messages.shared.Money;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * SKU resolution against the emulator over HTTP: the cached SKU with a fresh live offer, a SKU found live by ASIN, a
 * generated new SKU, lookups that fail and therefore give no SKU at all, the product-type cache, and Amazon's limit
 * of 20 identifiers per search.
 */
class ListingResolverTest {

    private static final AccountId ACCOUNT = new AccountId("acc-1");

    private static ListingsTestBed bed;

    private ListingResolver resolver;
    private ListingCache cache;
    private SpApiAccount account;
    private JsonNode listing;
    private MarketplaceId marketplace;
    private List<SpApiException> failures;

    @BeforeAll
    static void start() throws Exception {
        bed = new ListingsTestBed();
    }

    @AfterAll
    static void stop() throws Exception {
        bed.close();
    }

    @BeforeEach
    void setUp() {
        bed.reset();
        cache = new ListingCache(bed.jdbc, bed.transactions);
        ListingsProperties properties = ListingsProperties.defaults();
        resolver = new ListingResolver(
                cache,
                new LiveListings(bed.clients),
                new ProductTypes(bed.jdbc, bed.clients, properties, Clock.systemUTC()),
                properties);
        account = bed.demoAccount();
        listing = pricedListing();
        marketplace = new MarketplaceId(listing.get("offers").fieldNames().next());
        failures = new ArrayList<>();
    }

    @AfterEach
    void noContractViolations() {
        assertThat(bed.violations()).as("exchanges against Amazon's models").isEmpty();
    }

    @Test
    void aCachedSkuIsConfirmedLiveWithTodaysPriceAndQuantity() {
        String sku = listing.get("sku").asText();
        String asin = listing.get("asin").asText();
        ItemCondition condition = condition(listing);
        cache.replace(
                ACCOUNT,
                marketplace,
                List.of(new CachedListing(sku, asin, condition, Money.of("0.01", currency()), 1, "Active")),
                Instant.now());

        ListingResolution result = resolveOne(asin, condition);

        assertThat(result.failure()).isNull();
        assertThat(result.sellerSku()).isEqualTo(sku);
        assertThat(result.newSku()).isFalse();
        assertThat(result.livePrice()).matches(p -> p.sameAmount(livePrice()), "same amount as " + livePrice());
        assertThat(result.liveQuantity()).isEqualTo(listing.get("quantity").asInt());
        assertThat(result.productType()).isEqualTo(listing.get("productType").asText());
        assertThat(bed.calls("searchListingsItems"))
                .extracting(c -> c.get("query").asText())
                .allMatch(q -> q.contains("identifiersType=SKU"));
    }

    @Test
    void withAnEmptyCacheTheSkuIsFoundLiveByAsin() {
        String asin = listing.get("asin").asText();

        ListingResolution result = resolveOne(asin, condition(listing));

        assertThat(result.failure()).isNull();
        assertThat(result.sellerSku()).isEqualTo(listing.get("sku").asText());
        assertThat(result.newSku()).isFalse();
        assertThat(result.livePrice()).matches(p -> p.sameAmount(livePrice()), "same amount as " + livePrice());
        assertThat(bed.calls("searchListingsItems"))
                .extracting(c -> c.get("query").asText())
                .anyMatch(q -> q.contains("identifiersType=ASIN"));
    }

    @Test
    void anAsinTheSellerDoesNotListGetsANewSkuFromThePattern() {
        String asin = unlistedAsin();

        ListingResolution result = resolveOne(asin, ItemCondition.USED_VERY_GOOD);

        assertThat(result.failure()).isNull();
        assertThat(result.newSku()).isTrue();
        assertThat(result.sellerSku()).matches(asin + "-UVG-[A-Z0-9]{4}").hasSizeLessThanOrEqualTo(40);
        assertThat(result.livePrice()).isNull();
        assertThat(result.liveQuantity()).isNull();
        assertThat(result.productType()).isNotBlank();
    }

    @Test
    void aFailingLookupIsAFailureInWordsAndNeverAGeneratedSku() {
        bed.control("PUT", "/faults", "{\"operations\":{\"searchListingsItems\":{\"internalError\":1.0}}}");

        List<ListingResolution> results = resolver.resolve(
                ACCOUNT,
                account,
                marketplace,
                List.of(
                        new ListingRequest(listing.get("asin").asText(), condition(listing)),
                        new ListingRequest(unlistedAsin(), ItemCondition.NEW_NEW)),
                failures::add);

        assertThat(results).allSatisfy(r -> {
            assertThat(r.sellerSku()).isNull();
            assertThat(r.newSku()).isFalse();
            assertThat(r.failure()).contains("Amazon answered with a server error");
        });
        assertThat(failures).isNotEmpty().allMatch(f -> f instanceof SpApiException.ServerError);
    }

    @Test
    void aThrottledLiveReadOfACachedSkuIsAFailureToo() {
        String sku = listing.get("sku").asText();
        String asin = listing.get("asin").asText();
        cache.replace(
                ACCOUNT,
                marketplace,
                List.of(new CachedListing(sku, asin, condition(listing), null, null, "Active")),
                Instant.now());
        bed.control("PUT", "/faults", "{\"operations\":{\"searchListingsItems\":{\"throttle\":1.0}}}");

        ListingResolution result = resolveOne(asin, condition(listing));

        assertThat(result.sellerSku()).isNull();
        assertThat(result.failure()).contains("throttling");
    }

    @Test
    void aFailingCatalogLookupIsAFailure() {
        bed.control("PUT", "/faults", "{\"operations\":{\"getCatalogItem\":{\"unavailable\":1.0}}}");

        ListingResolution result = resolveOne(listing.get("asin").asText(), condition(listing));

        assertThat(result.sellerSku()).isNull();
        assertThat(result.failure()).contains("product type");
    }

    @Test
    void theProductTypeIsReadFromTheCatalogueOnceAndThenFromTheCache() {
        String asin = listing.get("asin").asText();

        ListingResolution first = resolveOne(asin, condition(listing));
        ListingResolution second = resolveOne(asin, condition(listing));

        assertThat(second.productType()).isEqualTo(first.productType()).isNotNull();
        assertThat(bed.calls("getCatalogItem")).hasSize(1);
    }

    @Test
    void searchesCarryAtMostTwentyAsinsAndAnswersComeInRequestOrder() {
        List<String> asins = new ArrayList<>();
        bed.control("GET", "/catalog", null).forEach(item -> {
            if (asins.size() < 23) {
                asins.add(item.get("asin").asText());
            }
        });
        // the product types are already known: this test is about the listing searches
        for (String asin : asins) {
            bed.jdbc.update(
                    "insert into catalog_product_type values (?, ?, 'THING', now())", asin, marketplace.value());
        }
        List<ListingRequest> requests = asins.stream()
                .map(a -> new ListingRequest(a, ItemCondition.NEW_NEW))
                .toList();

        List<ListingResolution> results = resolver.resolve(ACCOUNT, account, marketplace, requests, failures::add);

        assertThat(results).extracting(ListingResolution::asin).containsExactlyElementsOf(asins);
        assertThat(results).allSatisfy(r -> assertThat(r.failure()).isNull());
        List<JsonNode> searches = bed.calls("searchListingsItems");
        assertThat(searches).hasSizeGreaterThanOrEqualTo(2);
        for (JsonNode call : searches) {
            String query =
                    java.net.URLDecoder.decode(call.get("query").asText(), java.nio.charset.StandardCharsets.UTF_8);
            String identifiers = query.replaceAll(".*identifiers=([^&]*).*", "$1");
            assertThat(identifiers.split(",")).hasSizeLessThanOrEqualTo(20);
        }
        assertThat(bed.calls("getCatalogItem")).isEmpty();
    }

    private ListingResolution resolveOne(String asin, ItemCondition condition) {
        List<ListingResolution> results = resolver.resolve(
                ACCOUNT, account, marketplace, List.of(new ListingRequest(asin, condition)), failures::add);
        assertThat(results).hasSize(1);
        return results.get(0);
    }

    /** A listing of the demo seller that has a price in its first marketplace. */
    private static JsonNode pricedListing() {
        for (JsonNode l : bed.control("GET", "/listings", null)) {
            JsonNode offer = l.get("offers").elements().next();
            if (offer.hasNonNull("price") && l.get("quantity").asInt() > 0) {
                return l;
            }
        }
        throw new IllegalStateException("the seeded world has no priced listing");
    }

    private String currency() {
        return listing.get("offers").get(marketplace.value()).get("currency").asText();
    }

    private Money livePrice() {
        JsonNode offer = listing.get("offers").get(marketplace.value());
        return new Money(new BigDecimal(offer.get("price").asText()), java.util.Currency.getInstance(currency()));
    }

    private static ItemCondition condition(JsonNode listing) {
        return ItemCondition.parse(listing.get("conditionType").asText()).orElseThrow();
    }

    private static String unlistedAsin() {
        Set<String> listed = new HashSet<>();
        bed.control("GET", "/listings", null)
                .forEach(l -> listed.add(l.get("asin").asText()));
        for (JsonNode item : bed.control("GET", "/catalog", null)) {
            if (!listed.contains(item.get("asin").asText())) {
                return item.get("asin").asText();
            }
        }
        throw new IllegalStateException("every catalogue ASIN is listed");
    }

    @Test
    void aSearchedListingWithAnUnreadableConditionOrAsinMakesTheAsinFailInsteadOfGettingANewSku() {
        Money price = new Money(new BigDecimal("9.99"), java.util.Currency.getInstance("GBP"));
        java.util.Map<ListingResolver.Key, LiveListing> byKey = new java.util.HashMap<>();
        java.util.Map<String, String> unreadable = new java.util.HashMap<>();

        ListingResolver.match(
                List.of("B000000001", "B000000002"),
                List.of(
                        new LiveListing("SKU-A", "B000000001", null, price, 1),
                        new LiveListing("SKU-B", "b000000002", ItemCondition.USED_GOOD, price, 1)),
                byKey,
                unreadable);

        assertThat(unreadable).containsOnlyKeys("B000000001");
        assertThat(unreadable.get("B000000001")).contains("SKU-A").contains("condition could not be read");
        assertThat(byKey.get(new ListingResolver.Key("B000000002", ItemCondition.USED_GOOD)))
                .extracting(LiveListing::sellerSku)
                .isEqualTo("SKU-B");

        java.util.Map<String, String> noAsin = new java.util.HashMap<>();
        ListingResolver.match(
                List.of("B000000003", "B000000004"),
                List.of(new LiveListing("SKU-C", null, ItemCondition.NEW_NEW, price, 1)),
                new java.util.HashMap<>(),
                noAsin);
        assertThat(noAsin).containsOnlyKeys("B000000003", "B000000004");
        assertThat(noAsin.get("B000000004")).contains("SKU-C").contains("ASIN could not be read");
    }
}
