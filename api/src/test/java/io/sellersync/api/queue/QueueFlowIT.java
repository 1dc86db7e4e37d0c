// SPDX-License-Identifier: Apache-2.0
package io.sellersync.api.queue;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sellersync.api.EmulatedSeller;
import io.sellersync.api.IntegrationTestSupport;
import io.sellersync.api.SellersyncIntegrationTest;
import io.sellersync.api.accounts.AccountConnections;
import io.sellersync.api.security.ApiTokens;
import io.sellersync.api.security.UserAccounts;
import io.sellersync.messages.accounts.AccountId;
import io.sellersync.messages.inventory.CreateInventoryItemCommand;
import io.sellersync.messages.inventory.FindInventoryItemQuery;
import io.sellersync.messages.inventory.InventoryItemId;
import io.sellersync.messages.inventory.InventoryItemView;
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
import java.time.Duration;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.graphql.test.tester.WebSocketGraphQlTester;
import org.springframework.web.reactive.socket.client.StandardWebSocketClient;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;

/**
 * Add to queue end to end against the in-process SP-API emulator (frozen clock): SKUs reused from live listings or
 * generated, price conflicts against Amazon's live price resolved each way (Amazon's price reaching the inventory
 * item), a bulk add with every outcome, and a failed lookup keeping the item out of the queue with the reason.
 */
@SellersyncIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QueueFlowIT {

    private static final MarketplaceId UK = new MarketplaceId("A1F83G8C2ARO7P");
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String ADD = """
            mutation($ids: [ID!]!, $account: ID, $marketplace: ID) {
              addToQueue(itemIds: $ids, accountId: $account, marketplaceId: $marketplace) {
                itemId status reason entryId sellerSku newSku needsConfirmation
                conflict { kind yourPrice { amount currency } theirPrice { amount currency } }
              }
            }
            """;

    private static final String QUEUE = """
            query($account: ID) {
              queue(accountId: $account) {
                id itemId sellerSku newSku productType price { amount currency } livePrice { amount currency }
                quantity liveQuantity conflict { kind theirPrice { amount } }
              }
              queueSummary(accountId: $account) { entries skus units value { amount currency } }
            }
            """;

    private static final String RESOLVE = """
            mutation($entry: ID!, $resolution: ConflictResolution!) {
              resolvePriceConflict(entryId: $entry, resolution: $resolution) { entryId }
            }
            """;

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

    @Autowired
    QueryGateway queries;

    EmulatedSeller seller;
    HttpClient http = HttpClient.newHttpClient();
    HttpGraphQlTester graphql;
    AccountId accountId;
    String sellerId;

    /** The seller's UK listings with a unique ASIN and condition, handed out one per use. */
    List<JsonNode> listings = new ArrayList<>();

    /** Catalogue ASINs the seller does not list at all, handed out one per use. */
    List<String> unlisted = new ArrayList<>();

    @BeforeAll
    void startEmulatorAndConnect() throws Exception {
        seller = new EmulatedSeller(
                connections, "Queue IT seller", Map.of("seed", "42", "start-time", "2026-03-02T10:00:00Z"));
        accountId = seller.accountId;
        sellerId = seller.sellerId;
        pickListings();
    }

    @AfterAll
    void stopEmulator() {
        if (seller != null) {
            seller.close();
        }
    }

    @BeforeEach
    void setUp() throws Exception {
        graphql = IntegrationTestSupport.graphQl(port, IntegrationTestSupport.adminToken(users, tokens));
        control("DELETE", "/_emulator/faults", null);
    }

    @Test
    void reusesTheSellersSkuForAListedAsinAndGeneratesOneForANewAsin() throws Exception {
        JsonNode listing = nextListing();
        InventoryItemId listed = item(asin(listing), condition(listing), livePrice(listing), InventoryStatus.BACKLOG);
        String newAsin = nextUnlisted();
        InventoryItemId fresh = item(newAsin, ItemCondition.NEW_NEW, Money.of("19.99", "GBP"), InventoryStatus.BACKLOG);

        Map<String, Map<String, Object>> results = add(List.of(listed, fresh));

        assertThat(results.get(listed.value()))
                .containsEntry("status", "ADDED")
                .containsEntry("sellerSku", listing.get("sku").asText())
                .containsEntry("newSku", false);
        assertThat(results.get(fresh.value())).containsEntry("status", "ADDED").containsEntry("newSku", true);
        assertThat((String) results.get(fresh.value()).get("sellerSku")).startsWith(newAsin);

        Map<String, Object> entry = awaitEntry(fresh);
        assertThat(entry).containsEntry("newSku", true).containsEntry("livePrice", null);
        assertThat(entry.get("productType")).isEqualTo(productType(newAsin));
        Map<String, Object> reused = awaitEntry(listed);
        assertThat(amount(reused.get("livePrice")))
                .isEqualByComparingTo(livePrice(listing).amount());
        assertThat(reused.get("liveQuantity")).isEqualTo(listing.get("quantity").asInt());
    }

    @Test
    void aPriceConflictIsResolvedEachOfTheThreeWays() {
        JsonNode mine = nextListing();
        JsonNode theirs = nextListing();
        JsonNode skipped = nextListing();
        InventoryItemId keepMine = item(asin(mine), condition(mine), above(mine), InventoryStatus.BACKLOG);
        InventoryItemId takeTheirs = item(asin(theirs), condition(theirs), above(theirs), InventoryStatus.BACKLOG);
        InventoryItemId skip = item(asin(skipped), condition(skipped), above(skipped), InventoryStatus.BACKLOG);

        Map<String, Map<String, Object>> results = add(List.of(keepMine, takeTheirs, skip));

        for (InventoryItemId id : List.of(keepMine, takeTheirs, skip)) {
            assertThat(results.get(id.value())).containsEntry("status", "CONFLICT");
        }
        Map<?, ?> conflict = (Map<?, ?>) results.get(takeTheirs.value()).get("conflict");
        assertThat(conflict.get("kind")).isEqualTo("AMAZON");
        assertThat(amount(conflict.get("yourPrice")))
                .isEqualByComparingTo(above(theirs).amount());
        assertThat(amount(conflict.get("theirPrice")))
                .isEqualByComparingTo(livePrice(theirs).amount());
        awaitEntry(keepMine);
        awaitEntry(takeTheirs);
        awaitEntry(skip);

        resolve(results.get(keepMine.value()), "USE_MY_PRICE");
        resolve(results.get(takeTheirs.value()), "USE_AMAZON_PRICE");
        resolve(results.get(skip.value()), "SKIP");

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            Map<String, Map<String, Object>> queue = queue();
            assertThat(queue).doesNotContainKey(skip.value());
            assertThat(queue.get(keepMine.value()).get("conflict")).isNull();
            assertThat(amount(queue.get(keepMine.value()).get("price")))
                    .isEqualByComparingTo(above(mine).amount());
            assertThat(queue.get(takeTheirs.value()).get("conflict")).isNull();
            assertThat(amount(queue.get(takeTheirs.value()).get("price")))
                    .isEqualByComparingTo(livePrice(theirs).amount());
        });
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(inventory(takeTheirs).price().amount())
                    .isEqualByComparingTo(livePrice(theirs).amount());
            assertThat(inventory(keepMine).price().amount())
                    .isEqualByComparingTo(above(mine).amount());
            assertThat(inventory(skip).price().amount())
                    .isEqualByComparingTo(above(skipped).amount());
        });

        graphql.document(RESOLVE)
                .variable("entry", results.get(keepMine.value()).get("entryId"))
                .variable("resolution", "SKIP")
                .execute()
                .errors()
                .satisfy(errors -> assertThat(errors)
                        .singleElement()
                        .satisfies(e -> assertThat(e.getMessage()).contains("no open price conflict")));
    }

    @Test
    void twoItemsForTheSameSellerSkuAtDifferentPricesBothShowAQueueConflict() {
        JsonNode listing = nextListing();
        InventoryItemId first = item(asin(listing), condition(listing), livePrice(listing), InventoryStatus.BACKLOG);
        assertThat(add(List.of(first)).get(first.value())).containsEntry("status", "ADDED");
        awaitEntry(first);
        InventoryItemId second = item(asin(listing), condition(listing), above(listing), InventoryStatus.BACKLOG);

        Map<String, Object> result = add(List.of(second)).get(second.value());

        assertThat(result)
                .containsEntry("status", "CONFLICT")
                .containsEntry("sellerSku", listing.get("sku").asText());
        Map<?, ?> conflict = (Map<?, ?>) result.get("conflict");
        assertThat(conflict.get("kind")).isEqualTo("QUEUE");
        assertThat(amount(conflict.get("theirPrice")))
                .isEqualByComparingTo(livePrice(listing).amount());
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            Map<String, Map<String, Object>> queue = queue();
            assertThat(conflictKind(queue.get(first.value()))).isEqualTo("QUEUE");
            assertThat(conflictKind(queue.get(second.value()))).isEqualTo("QUEUE");
        });

        // "use my price" on one side leaves the SKU at two prices: the other entry stays flagged
        resolve(result, "USE_MY_PRICE");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            Map<String, Map<String, Object>> queue = queue();
            assertThat(conflictKind(queue.get(first.value()))).isEqualTo("QUEUE");
            // its own queue conflict is answered; Amazon's live price still differs from it
            assertThat(conflictKind(queue.get(second.value()))).isEqualTo("AMAZON");
        });

        // "use the other price" on the first entry: one price for the SKU, and the item takes it
        resolve(Map.of("entryId", queue().get(first.value()).get("id")), "USE_AMAZON_PRICE");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            Map<String, Map<String, Object>> queue = queue();
            assertThat(amount(queue.get(first.value()).get("price")))
                    .isEqualByComparingTo(above(listing).amount());
            assertThat(conflictKind(queue.get(first.value()))).isEqualTo("AMAZON");
            assertThat(inventory(first).price().amount())
                    .isEqualByComparingTo(above(listing).amount());
        });
    }

    @Test
    void aSecondItemOfTheSameNewProductReusesTheGeneratedSkuAndDifferentPricesAreFlagged() {
        String asin = nextUnlisted();
        InventoryItemId first = item(asin, ItemCondition.NEW_NEW, Money.of("10.00", "GBP"), InventoryStatus.BACKLOG);
        Map<String, Object> added = add(List.of(first)).get(first.value());
        assertThat(added).containsEntry("status", "ADDED").containsEntry("newSku", true);
        String sku = (String) added.get("sellerSku");
        awaitEntry(first);
        InventoryItemId same = item(asin, ItemCondition.NEW_NEW, Money.of("10.00", "GBP"), InventoryStatus.BACKLOG);
        InventoryItemId dearer = item(asin, ItemCondition.NEW_NEW, Money.of("12.00", "GBP"), InventoryStatus.BACKLOG);
        InventoryItemId used = item(asin, ItemCondition.USED_GOOD, Money.of("6.00", "GBP"), InventoryStatus.BACKLOG);

        Map<String, Map<String, Object>> results = add(List.of(same, dearer, used));

        assertThat(results.get(same.value())).containsEntry("status", "ADDED").containsEntry("sellerSku", sku);
        assertThat(results.get(dearer.value()))
                .containsEntry("status", "CONFLICT")
                .containsEntry("sellerSku", sku);
        assertThat(results.get(used.value())).containsEntry("status", "ADDED").containsEntry("newSku", true);
        assertThat(results.get(used.value()).get("sellerSku")).isNotEqualTo(sku);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            Map<String, Map<String, Object>> queue = queue();
            assertThat(conflictKind(queue.get(first.value()))).isEqualTo("QUEUE");
            assertThat(conflictKind(queue.get(same.value()))).isEqualTo("QUEUE");
            assertThat(conflictKind(queue.get(dearer.value()))).isEqualTo("QUEUE");
            assertThat(queue.get(used.value()).get("conflict")).isNull();
        });

        // skipping the odd one out leaves one price for the SKU: the others' conflicts end
        resolve(results.get(dearer.value()), "SKIP");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            Map<String, Map<String, Object>> queue = queue();
            assertThat(queue).doesNotContainKey(dearer.value());
            assertThat(queue.get(first.value()).get("conflict")).isNull();
            assertThat(queue.get(same.value()).get("conflict")).isNull();
        });
    }

    @Test
    void anAddTakesAtMostFiveHundredItems() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 501; i++) {
            ids.add(InventoryItemId.random().value());
        }
        graphql.document(ADD)
                .variable("ids", ids)
                .variable("account", accountId.value())
                .variable("marketplace", UK.value())
                .execute()
                .errors()
                .satisfy(errors -> assertThat(errors).singleElement().satisfies(e -> {
                    assertThat(e.getExtensions())
                            .containsEntry("code", "INVALID_INPUT")
                            .containsEntry("field", "itemIds");
                    assertThat(e.getMessage()).contains("at most 500");
                }));
    }

    @Test
    void aBulkAddReportsAddedSkippedConflictingAndInvalidItemsEachWithItsReason() {
        InventoryItemId already =
                item(nextUnlisted(), ItemCondition.USED_GOOD, Money.of("7.50", "GBP"), InventoryStatus.BACKLOG);
        assertThat(add(List.of(already)).get(already.value())).containsEntry("status", "ADDED");
        awaitEntry(already);

        InventoryItemId added =
                item(nextUnlisted(), ItemCondition.NEW_NEW, Money.of("11.00", "GBP"), InventoryStatus.BACKLOG);
        JsonNode listing = nextListing();
        InventoryItemId conflicting = item(asin(listing), condition(listing), above(listing), InventoryStatus.BACKLOG);
        InventoryItemId euros =
                item(nextUnlisted(), ItemCondition.NEW_NEW, Money.of("11.00", "EUR"), InventoryStatus.BACKLOG);
        InventoryItemId noAsin = item("", ItemCondition.NEW_NEW, Money.of("5.00", "GBP"), InventoryStatus.BACKLOG);
        InventoryItemId sold =
                item(nextUnlisted(), ItemCondition.NEW_NEW, Money.of("5.00", "GBP"), InventoryStatus.SOLD);

        Map<String, Map<String, Object>> results = add(List.of(added, already, conflicting, euros, noAsin, sold));

        assertThat(results.get(added.value())).containsEntry("status", "ADDED");
        assertThat(results.get(already.value()))
                .containsEntry("status", "SKIPPED")
                .containsEntry("reason", "The item is already queued for this account and marketplace");
        assertThat(results.get(conflicting.value())).containsEntry("status", "CONFLICT");
        assertThat(results.get(euros.value()))
                .containsEntry("status", "INVALID")
                .containsEntry("reason", "The price is in EUR, but Amazon UK sells in GBP");
        assertThat(results.get(noAsin.value()))
                .containsEntry("status", "INVALID")
                .containsEntry("reason", "The item has no ASIN; add one to list it");
        assertThat(results.get(sold.value()))
                .containsEntry("status", "SKIPPED")
                .containsEntry("reason", "The item is SOLD; only BACKLOG items can be queued");

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            Map<String, Map<String, Object>> queue = queue();
            assertThat(queue).containsKeys(added.value(), already.value(), conflicting.value());
            assertThat(queue).doesNotContainKeys(euros.value(), noAsin.value(), sold.value());
        });

        String entryId = (String) results.get(added.value()).get("entryId");
        graphql.document("mutation($entry: ID!) { removeQueueEntry(entryId: $entry) { entryId } }")
                .variable("entry", entryId)
                .execute()
                .path("removeQueueEntry.entryId")
                .entity(String.class)
                .isEqualTo(entryId);
        await().atMost(Duration.ofSeconds(20)).until(() -> !queue().containsKey(added.value()));
        graphql.document("mutation($entry: ID!) { removeQueueEntry(entryId: $entry) { entryId } }")
                .variable("entry", entryId)
                .execute()
                .errors()
                .satisfy(errors -> assertThat(errors).singleElement().satisfies(e -> {
                    assertThat(e.getMessage()).isEqualTo("This item is not in the queue");
                    assertThat(e.getExtensions()).containsEntry("code", "NOT_FOUND");
                }));
    }

    @Test
    void aFailedLookupKeepsTheItemOutOfTheQueueWithTheReason() throws Exception {
        control("PUT", "/_emulator/faults", "{\"operations\":{\"searchListingsItems\":{\"internalError\":1.0}}}");
        InventoryItemId item =
                item(nextUnlisted(), ItemCondition.NEW_NEW, Money.of("9.99", "GBP"), InventoryStatus.BACKLOG);

        Map<String, Object> result = add(List.of(item)).get(item.value());

        control("DELETE", "/_emulator/faults", null);
        assertThat(result).containsEntry("status", "FAILED").containsEntry("entryId", null);
        assertThat((String) result.get("reason"))
                .startsWith("SKU lookup failed: ")
                .contains("server error");
        assertThat(queue()).doesNotContainKey(item.value());

        Map<String, Object> retried = add(List.of(item)).get(item.value());
        assertThat(retried).containsEntry("status", "ADDED").containsEntry("newSku", true);
    }

    @Test
    void thePagesAddShowResolveAndClearTheQueue() throws Exception {
        HttpClient browser =
                HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        login(browser);
        assertThat(page(browser, "GET", "/sync", null).headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/sync/queue"));

        String settings = page(browser, "GET", "/settings/sync", null).body();
        assertThat(settings).contains("Guard rails · Queue IT seller");
        HttpResponse<String> saved = page(
                browser,
                "POST",
                "/settings/sync/guard-rails/" + accountId,
                "floor=1.00&ceiling=&maxChangePercent=40&_csrf=" + csrf(settings));
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(page(browser, "GET", "/settings/sync", null).body())
                .contains("Guard rails saved")
                .contains("value=\"1.00\"")
                .contains("value=\"40\"");
        // Exponent notation and oversized rails are refused by field, before any arithmetic; the saved rails stay.
        page(
                browser,
                "POST",
                "/settings/sync/guard-rails/" + accountId,
                "floor=1.00&ceiling=1e999999999&maxChangePercent=40&_csrf=" + csrf(settings));
        assertThat(page(browser, "GET", "/settings/sync", null).body())
                .contains("ceiling must be a plain number with a dot for decimals")
                .contains("value=\"1.00\"");
        page(
                browser,
                "POST",
                "/settings/sync/guard-rails/" + accountId,
                "floor=12345678901&ceiling=&maxChangePercent=40&_csrf=" + csrf(settings));
        assertThat(page(browser, "GET", "/settings/sync", null).body())
                .contains("The price floor is too large")
                .contains("value=\"1.00\"");

        JsonNode listing = nextListing();
        InventoryItemId conflicting = item(asin(listing), condition(listing), above(listing), InventoryStatus.BACKLOG);
        InventoryItemId fresh =
                item(nextUnlisted(), ItemCondition.NEW_NEW, Money.of("4.20", "GBP"), InventoryStatus.BACKLOG);
        String queuePage = page(browser, "GET", "/sync/queue", null).body();
        HttpResponse<String> added = page(
                browser,
                "POST",
                "/sync/queue/add",
                "itemIds=" + conflicting + "&itemIds=" + fresh + "&accountId=" + accountId + "&marketplaceId=" + UK
                        + "&_csrf=" + csrf(queuePage));
        assertThat(added.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/sync/queue"));
        String shown = page(browser, "GET", "/sync/queue", null).body();
        assertThat(shown)
                .contains("1 added, 1 conflict")
                .contains("new SKU")
                .contains("Resolve conflicts (")
                .contains("Conflict: Amazon&#39;s live price " + livePrice(listing))
                .contains("does not change anything on Amazon");

        String entryId = (String) queue().get(conflicting.value()).get("id");
        String dialog = page(browser, "GET", "/sync/queue/conflicts?entryId=" + URLEncoder.encode(entryId, UTF_8), null)
                .body();
        assertThat(dialog)
                .containsPattern("\\d+ of \\d+")
                .contains("Use my price (update Amazon)")
                .contains("Use Amazon&#39;s price (updates my item)")
                .contains(above(listing).toString());
        HttpResponse<String> resolved = page(
                browser,
                "POST",
                "/sync/queue/conflicts/resolve",
                "entryId=" + URLEncoder.encode(entryId, UTF_8) + "&resolution=USE_MY_PRICE&_csrf=" + csrf(shown));
        assertThat(resolved.statusCode()).isEqualTo(200);
        assertThat(queue().get(conflicting.value()).get("conflict")).isNull();

        HttpResponse<String> cleared =
                page(browser, "POST", "/sync/queue/clear", "accountId=" + accountId + "&_csrf=" + csrf(shown));
        assertThat(cleared.statusCode()).isEqualTo(302);
        assertThat(page(browser, "GET", "/sync/queue?accountId=" + accountId, null)
                        .body())
                .contains("removed. Nothing changed on Amazon.")
                .contains("The queue is empty");
        assertThat(queue()).isEmpty();
    }

    private void login(HttpClient browser) throws Exception {
        IntegrationTestSupport.adminToken(users, tokens);
        String form = page(browser, "GET", "/login", null).body();
        HttpResponse<String> response = page(
                browser,
                "POST",
                "/login",
                "username=" + IntegrationTestSupport.ADMIN + "&password="
                        + URLEncoder.encode(IntegrationTestSupport.ADMIN_PASSWORD, UTF_8) + "&_csrf=" + csrf(form));
        assertThat(response.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).doesNotContain("/login"));
    }

    private HttpResponse<String> page(HttpClient browser, String method, String path, String form)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (form != null) {
            request.header("Content-Type", "application/x-www-form-urlencoded");
        }
        request.method(
                method, form == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(form));
        HttpResponse<String> response = browser.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(method + " " + path).isIn(200, 302);
        return response;
    }

    private static String csrf(String html) {
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"|name=\"csrf-token\" content=\"([^\"]+)\"")
                .matcher(html);
        assertThat(token.find()).as("a CSRF token on the page").isTrue();
        return URLEncoder.encode(token.group(1) != null ? token.group(1) : token.group(2), UTF_8);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theQueueStreamsToSubscribersAfterEveryChange() {
        String token = IntegrationTestSupport.adminToken(users, tokens);
        WebSocketGraphQlTester live = WebSocketGraphQlTester.builder(
                        URI.create("ws://localhost:" + port + "/graphql-ws"), new StandardWebSocketClient())
                .headers(h -> h.setBearerAuth(token))
                .build();
        InventoryItemId item =
                item(nextUnlisted(), ItemCondition.NEW_NEW, Money.of("6.00", "GBP"), InventoryStatus.BACKLOG);

        Flux<List<Map<String, Object>>> updates = live.document(
                        "subscription($account: ID) { queueChanged(accountId: $account) { itemId sellerSku } }")
                .variable("account", accountId.value())
                .executeSubscription()
                .toFlux()
                .map(response -> (List<Map<String, Object>>) (List<?>)
                        response.path("queueChanged").entityList(Map.class).get());

        StepVerifier.create(updates)
                .assertNext(initial ->
                        assertThat(initial).noneMatch(e -> item.value().equals(e.get("itemId"))))
                .then(() -> add(List.of(item)))
                .thenConsumeWhile(
                        list -> list.stream().noneMatch(e -> item.value().equals(e.get("itemId"))))
                .assertNext(list -> assertThat(list).anyMatch(e -> item.value().equals(e.get("itemId"))))
                .thenCancel()
                .verify(Duration.ofSeconds(60));
    }

    @SuppressWarnings("unchecked")
    private Map<String, Map<String, Object>> add(List<InventoryItemId> ids) {
        List<Map<String, Object>> results = graphql
                .document(ADD)
                .variable("ids", ids.stream().map(InventoryItemId::value).toList())
                .variable("account", accountId.value())
                .variable("marketplace", UK.value())
                .execute()
                .path("addToQueue")
                .entityList(Map.class)
                .get()
                .stream()
                .map(m -> (Map<String, Object>) m)
                .toList();
        Map<String, Map<String, Object>> byItem = new LinkedHashMap<>();
        results.forEach(r -> byItem.put((String) r.get("itemId"), r));
        assertThat(byItem).hasSize(ids.size());
        return byItem;
    }

    private void resolve(Map<String, Object> result, String resolution) {
        graphql.document(RESOLVE)
                .variable("entry", result.get("entryId"))
                .variable("resolution", resolution)
                .execute()
                .path("resolvePriceConflict.entryId")
                .entity(String.class)
                .isEqualTo((String) result.get("entryId"));
    }

    @SuppressWarnings("unchecked")
    private Map<String, Map<String, Object>> queue() {
        List<Map<String, Object>> entries = graphql
                .document(QUEUE)
                .variable("account", accountId.value())
                .execute()
                .path("queue")
                .entityList(Map.class)
                .get()
                .stream()
                .map(m -> (Map<String, Object>) m)
                .toList();
        Map<String, Map<String, Object>> byItem = new LinkedHashMap<>();
        entries.forEach(e -> byItem.put((String) e.get("itemId"), e));
        return byItem;
    }

    private static Object conflictKind(Map<String, Object> entry) {
        return entry == null || entry.get("conflict") == null ? null : ((Map<?, ?>) entry.get("conflict")).get("kind");
    }

    private Map<String, Object> awaitEntry(InventoryItemId id) {
        return await().atMost(Duration.ofSeconds(20)).until(() -> queue().get(id.value()), e -> e != null);
    }

    private InventoryItemId item(String asin, ItemCondition condition, Money price, InventoryStatus status) {
        InventoryItemId id = InventoryItemId.random();
        String localSku = "QIT-" + UUID.randomUUID().toString().substring(0, 8);
        commands.sendAndWait(new CreateInventoryItemCommand(
                id, localSku, asin, "Queue IT " + localSku, condition, price, 2, null, status, null, "queue IT"));
        await().atMost(Duration.ofSeconds(20)).until(() -> findInventory(id).isPresent());
        return id;
    }

    private InventoryItemView inventory(InventoryItemId id) {
        return findInventory(id).orElseThrow();
    }

    private Optional<InventoryItemView> findInventory(InventoryItemId id) {
        return queries.query(new FindInventoryItemQuery(id), ResponseTypes.optionalInstanceOf(InventoryItemView.class))
                .join();
    }

    private void pickListings() throws Exception {
        JsonNode all = control("GET", "/_emulator/listings?sellerId=" + sellerId, null);
        Map<String, Integer> pairs = new LinkedHashMap<>();
        Set<String> listedAsins = new HashSet<>();
        for (JsonNode l : all) {
            listedAsins.add(l.get("asin").asText());
            pairs.merge(l.get("asin").asText() + "|" + l.get("conditionType").asText(), 1, Integer::sum);
        }
        for (JsonNode l : all) {
            JsonNode offer = l.path("offers").path(UK.value());
            boolean unique = pairs.get(l.get("asin").asText() + "|"
                            + l.get("conditionType").asText())
                    == 1;
            if (unique
                    && offer.has("price")
                    && "GBP".equals(offer.path("currency").asText())
                    && ItemCondition.parse(l.get("conditionType").asText()).isPresent()) {
                listings.add(l);
            }
        }
        for (JsonNode c : control("GET", "/_emulator/catalog", null)) {
            if (!listedAsins.contains(c.get("asin").asText())) {
                unlisted.add(c.get("asin").asText());
            }
        }
        assertThat(listings).hasSizeGreaterThan(10);
        assertThat(unlisted).hasSizeGreaterThan(10);
    }

    private JsonNode nextListing() {
        return listings.remove(0);
    }

    private String nextUnlisted() {
        return unlisted.remove(0);
    }

    private String productType(String asin) throws Exception {
        for (JsonNode c : control("GET", "/_emulator/catalog", null)) {
            if (c.get("asin").asText().equals(asin)) {
                return c.get("productType").asText();
            }
        }
        return null;
    }

    private static String asin(JsonNode listing) {
        return listing.get("asin").asText();
    }

    private static ItemCondition condition(JsonNode listing) {
        return ItemCondition.parse(listing.get("conditionType").asText()).orElseThrow();
    }

    private static Money livePrice(JsonNode listing) {
        return new Money(
                listing.path("offers").path(UK.value()).get("price").decimalValue(), Currency.getInstance("GBP"));
    }

    /** A price one pound above the live one: a conflict, but well inside the default 50 % guard rail. */
    private static Money above(JsonNode listing) {
        return new Money(livePrice(listing).amount().add(BigDecimal.ONE), Currency.getInstance("GBP"));
    }

    private static BigDecimal amount(Object money) {
        return new BigDecimal((String) ((Map<?, ?>) money).get("amount"));
    }

    private JsonNode control(String method, String path, String body) {
        return seller.control(method, path.substring("/_emulator".length()), body);
    }
}
