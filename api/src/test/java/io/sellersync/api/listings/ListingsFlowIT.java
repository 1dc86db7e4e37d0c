// SPDX-License-Identifier: Apache-2.0
package io.sellersync.api.listings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.sellersync.api.EmulatedSeller;
import io.sellersync.api.IntegrationTestSupport;
import io.sellersync.api.SellersyncIntegrationTest;
import io.sellersync.api.accounts.AccountConnections;
import io.sellersync.api.security.ApiTokens;
import io.sellersync.api.security.UserAccounts;
import io.sellersync.messages.inventory.CreateInventoryItemCommand;
import io.sellersync.messages.inventory.InventoryItemId;
import io.sellersync.messages.inventory.InventoryStatus;
import io.sellersync.messages.inventory.ItemCondition;
import io.sellersync.messages.shared.MarketplaceId;
import io.sellersync.messages.shared.Money;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * The listings feature end to end against the in-process emulator: "import now" runs the listing report through
 * db-scheduler into the cache (shown on the Listing cache page and in GraphQL), and {@code resolveListings} finds the
 * seller's SKU with its live price, or generates a new one for an ASIN the seller does not list.
 */
@SellersyncIntegrationTest
class ListingsFlowIT {

    private static EmulatedSeller seller;

    @LocalServerPort
    int port;

    @Autowired
    UserAccounts users;

    @Autowired
    ApiTokens tokens;

    @Autowired
    AccountConnections connections;

    @Autowired
    CommandGateway commands;

    HttpGraphQlTester graphql;
    MarketplaceId marketplace;

    @BeforeEach
    void setUp() {
        graphql = IntegrationTestSupport.graphQl(port, IntegrationTestSupport.adminToken(users, tokens));
        synchronized (ListingsFlowIT.class) {
            if (seller == null) {
                seller = new EmulatedSeller(connections, "Listings IT seller");
            }
        }
        marketplace = seller.marketplaces.get(0);
        await().atMost(Duration.ofSeconds(20)).until(() -> cacheRow() != null);
    }

    @AfterAll
    static void stopEmulator() {
        if (seller != null) {
            seller.close();
            seller = null;
        }
    }

    @Test
    void importNowFillsTheListingCacheFromAmazonsReport() throws Exception {
        Map<String, Object> before = cacheRow();
        assertThat(before.get("accountName")).isEqualTo("Listings IT seller");

        Boolean queued = graphql.document("""
                        mutation($a: ID!, $m: ID!) { importListingReport(accountId: $a, marketplaceId: $m) }
                        """)
                .variable("a", seller.accountId.value())
                .variable("m", marketplace.value())
                .execute()
                .path("importListingReport")
                .entity(Boolean.class)
                .get();
        assertThat(queued).isTrue();

        await().atMost(Duration.ofSeconds(20))
                .until(() -> "WAITING_FOR_AMAZON".equals(cacheRow().get("state")));
        assertThat(browser("/sync/listings"))
                .contains("Amazon is preparing the report")
                .as("the page refreshes itself while the import runs")
                .contains("every 5s");
        seller.advance(120);
        await().atMost(Duration.ofSeconds(90))
                .until(() -> "DONE".equals(cacheRow().get("state")));

        long expected = 0;
        for (JsonNode l : seller.control("GET", "/listings", null)) {
            if (l.get("offers").has(marketplace.value())) {
                expected++;
            }
        }
        Map<String, Object> after = cacheRow();
        assertThat(((Number) after.get("skus")).longValue()).isEqualTo(expected).isPositive();
        assertThat(after.get("lastImportAt")).isNotNull();
        assertThat(after.get("lastError")).isNull();

        String page = browser("/sync/listings");
        assertThat(page).contains("Listings IT seller").contains("up to date").contains(">" + expected + "<");
        assertThat(browser("/sync/drift")).contains("Price drift").contains("Check now");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theDriftCheckListsAListedItemWhosePriceDiffersFromAmazon() throws Exception {
        graphql.document("""
                        mutation($a: ID!, $m: ID!) { importListingReport(accountId: $a, marketplaceId: $m) }
                        """)
                .variable("a", seller.accountId.value())
                .variable("m", marketplace.value())
                .execute();
        await().atMost(Duration.ofSeconds(20))
                .until(() -> !"QUEUED".equals(cacheRow().get("state")));
        seller.advance(120);
        await().atMost(Duration.ofSeconds(90))
                .until(() -> "DONE".equals(cacheRow().get("state")));
        Map<String, Integer> pairs = new java.util.HashMap<>();
        JsonNode listings = seller.control("GET", "/listings", null);
        listings.forEach(
                l -> pairs.merge(l.get("asin").asText() + l.get("conditionType").asText(), 1, Integer::sum));
        JsonNode listing = null;
        for (JsonNode l : listings) {
            JsonNode offer = l.get("offers").get(marketplace.value());
            if (offer != null
                    && offer.hasNonNull("price")
                    && pairs.get(l.get("asin").asText() + l.get("conditionType").asText()) == 1) {
                listing = l;
                break;
            }
        }
        assertThat(listing).isNotNull();
        JsonNode offer = listing.get("offers").get(marketplace.value());
        Money live = Money.of(offer.get("price").asText(), offer.get("currency").asText());
        Money mine = new Money(live.amount().add(new BigDecimal("3.00")), live.currency());
        String localSku = "DRIFT-" + System.nanoTime() % 1_000_000;
        InventoryItemId itemId = InventoryItemId.random();
        commands.sendAndWait(new CreateInventoryItemCommand(
                itemId,
                localSku,
                listing.get("asin").asText(),
                "Listed elsewhere",
                ItemCondition.parse(listing.get("conditionType").asText()).orElseThrow(),
                mine,
                1,
                null,
                InventoryStatus.LISTED,
                null,
                "drift test"));

        graphql.document("mutation($a: ID) { runDriftCheck(accountId: $a) }")
                .variable("a", seller.accountId.value())
                .execute();

        Map<String, Object> drift = await().atMost(Duration.ofSeconds(60))
                .until(
                        () -> graphql
                                .document("""
                                        query($a: ID) { priceDrift(accountId: $a) { drifts { itemId localSku sellerSku
                                          localPrice { amount currency } livePrice { amount currency } } } }
                                        """)
                                .variable("a", seller.accountId.value())
                                .execute()
                                .path("priceDrift.drifts")
                                .entityList(Map.class)
                                .get()
                                .stream()
                                .map(m -> (Map<String, Object>) m)
                                .filter(m -> itemId.value().equals(m.get("itemId")))
                                .findFirst()
                                .orElse(null),
                        found -> found != null);
        assertThat(drift)
                .containsEntry("localSku", localSku)
                .containsEntry("sellerSku", listing.get("sku").asText());
        assertThat(new BigDecimal((String) ((Map<String, Object>) drift.get("livePrice")).get("amount")))
                .isEqualByComparingTo(live.amount());
        assertThat(new BigDecimal((String) ((Map<String, Object>) drift.get("localPrice")).get("amount")))
                .isEqualByComparingTo(mine.amount());
        assertThat(browser("/sync/drift")).contains(localSku);
    }

    @Test
    void resolveListingsFindsTheSellersSkuOrGeneratesANewOne() {
        JsonNode listing = null;
        Set<String> listed = new HashSet<>();
        for (JsonNode l : seller.control("GET", "/listings", null)) {
            listed.add(l.get("asin").asText());
            JsonNode offer = l.get("offers").get(marketplace.value());
            if (listing == null && offer != null && offer.hasNonNull("price")) {
                listing = l;
            }
        }
        String unlisted = null;
        for (JsonNode item : seller.control("GET", "/catalog", null)) {
            if (!listed.contains(item.get("asin").asText())) {
                unlisted = item.get("asin").asText();
                break;
            }
        }
        assertThat(listing).isNotNull();
        assertThat(unlisted).isNotNull();

        List<Map<String, Object>> results = resolve(List.of(
                Map.of(
                        "asin",
                        listing.get("asin").asText(),
                        "condition",
                        listing.get("conditionType").asText()),
                Map.of("asin", unlisted, "condition", "USED_GOOD")));

        Map<String, Object> found = results.get(0);
        assertThat(found.get("failure")).isNull();
        assertThat(found.get("sellerSku")).isEqualTo(listing.get("sku").asText());
        assertThat(found.get("newSku")).isEqualTo(false);
        assertThat(found.get("productType"))
                .isEqualTo(listing.get("productType").asText());
        @SuppressWarnings("unchecked")
        Map<String, Object> price = (Map<String, Object>) found.get("livePrice");
        assertThat(new BigDecimal((String) price.get("amount")))
                .isEqualByComparingTo(listing.get("offers")
                        .get(marketplace.value())
                        .get("price")
                        .asText());
        Map<String, Object> created = results.get(1);
        assertThat(created.get("failure")).isNull();
        assertThat(created.get("newSku")).isEqualTo(true);
        assertThat((String) created.get("sellerSku")).matches(unlisted + "-UG-[A-Z0-9]{4}");
        assertThat(created.get("livePrice")).isNull();
    }

    @Test
    void anUnknownAccountOrAMarketplaceItDoesNotSellInIsAFailureInWords() {
        MarketplaceId us = new MarketplaceId("ATVPDKIKX0DER");
        List<Map<String, Object>> results = graphql
                .document("""
                        mutation($a: ID!, $m: ID!, $items: [ListingRequestInput!]!) {
                          resolveListings(accountId: $a, marketplaceId: $m, items: $items) { asin sellerSku failure }
                        }
                        """)
                .variable("a", seller.accountId.value())
                .variable("m", us.value())
                .variable("items", List.of(Map.of("asin", "B000000001", "condition", "new_new")))
                .execute()
                .path("resolveListings")
                .entityList(Map.class)
                .get()
                .stream()
                .map(m -> (Map<String, Object>) m)
                .toList();
        assertThat(results.get(0).get("sellerSku")).isNull();
        assertThat((String) results.get(0).get("failure")).contains("not enabled");

        String unknown = graphql.document("""
                        mutation($m: ID!, $items: [ListingRequestInput!]!) {
                          resolveListings(accountId: "no-such-account", marketplaceId: $m, items: $items) { failure }
                        }
                        """)
                .variable("m", marketplace.value())
                .variable("items", List.of(Map.of("asin", "B000000001", "condition", "new_new")))
                .execute()
                .path("resolveListings[0].failure")
                .entity(String.class)
                .get();
        assertThat(unknown).contains("No account");
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> resolve(List<Map<String, String>> items) {
        return graphql
                .document("""
                        mutation($a: ID!, $m: ID!, $items: [ListingRequestInput!]!) {
                          resolveListings(accountId: $a, marketplaceId: $m, items: $items) {
                            asin condition sellerSku newSku productType livePrice { amount currency } liveQuantity failure
                          }
                        }
                        """)
                .variable("a", seller.accountId.value())
                .variable("m", marketplace.value())
                .variable("items", items)
                .execute()
                .path("resolveListings")
                .entityList(Map.class)
                .get()
                .stream()
                .map(m -> (Map<String, Object>) m)
                .toList();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> cacheRow() {
        return graphql.document("""
                        query { listingCache { accountId accountName marketplaceId countryCode skus lastImportAt
                          state lastError } }
                        """).execute().path("listingCache").entityList(Map.class).get().stream()
                .map(m -> (Map<String, Object>) m)
                .filter(m -> seller.accountId.value().equals(m.get("accountId"))
                        && marketplace.value().equals(m.get("marketplaceId")))
                .findFirst()
                .orElse(null);
    }

    /** A signed-in browser session fetching a page. */
    private String browser(String path) throws IOException, InterruptedException {
        HttpClient browser =
                HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String login = browser.send(HttpRequest.newBuilder(url("/login")).build(), HttpResponse.BodyHandlers.ofString())
                .body();
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(login);
        assertThat(csrf.find()).isTrue();
        String form = "username=" + IntegrationTestSupport.ADMIN + "&password="
                + URLEncoder.encode(IntegrationTestSupport.ADMIN_PASSWORD, StandardCharsets.UTF_8) + "&_csrf="
                + csrf.group(1);
        browser.send(
                HttpRequest.newBuilder(url("/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> page =
                browser.send(HttpRequest.newBuilder(url(path)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).as(path).isEqualTo(200);
        return page.body();
    }

    private URI url(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
