// SPDX-License-Identifier: Apache-2.0
package io.sellersync.api.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.sellersync.api.EmulatedSeller;
import io.sellersync.api.IntegrationTestSupport;
import io.sellersync.api.accounts.AccountConnections;
import io.sellersync.api.admin.ProjectionAdmin;
import io.sellersync.api.finances.EmulatorClock;
import io.sellersync.api.finances.FinancesIntegrationTest;
import io.sellersync.api.security.ApiTokens;
import io.sellersync.api.security.UserAccounts;
import io.sellersync.messages.inventory.CreateInventoryItemCommand;
import io.sellersync.messages.inventory.InventoryItemId;
import io.sellersync.messages.inventory.InventoryStatus;
import io.sellersync.messages.inventory.ItemCondition;
import io.sellersync.messages.shared.Money;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.graphql.test.tester.WebSocketGraphQlTester;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.reactive.socket.client.StandardWebSocketClient;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;

/**
 * Three days of buyers at the emulator, with two of the bought SKUs in the inventory and one not, synced through
 * GraphQL; then the Orders page in real Chromium (status cards, the orders-per-day chart, a status filter, the
 * unmatched filter, a search by order id), an order's page (items, the inventory it sold, its history), and the
 * unmatched list (ignore one item; pick the units of another from an inventory item added afterwards), plus the
 * GraphQL answers and typed errors and the sync progress subscription over a sweep; finally the orders read model rebuilt by
 * replay from the event store equals the live one, row for row. Screenshots {@code orders} (kept as
 * {@code docs/images/orders.png}), {@code order} and {@code orders-unmatched} in {@code api/target/screenshots/}.
 */
@FinancesIntegrationTest
@TestPropertySource(
        properties = {
            "SELLERSYNC_DATA_DIR=${java.io.tmpdir}/sellersync-orders-browser-it",
            "sellersync.orders.automatic=false",
            "sellersync.finances.automatic=false"
        })
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OrdersBrowserIT {

    @DynamicPropertySource
    static void ownSchema(DynamicPropertyRegistry registry) {
        IntegrationTestSupport.ownSchema(registry, "orders_browser");
    }

    static {
        EmulatorClock.freshDatabase("sellersync-orders-browser-it");
    }

    private static final Instant START = Instant.parse("2026-02-16T10:00:00Z");

    private static EmulatedSeller seller;
    private static String token;
    /** The order that sold a unit of inventory, and the one whose item matches none. */
    private static String linkedOrder;

    private static String unmatchedOrder;
    private static String linkedSku;
    /** An unmatched order whose units the seller picks from an item added afterwards (emulator JSON). */
    private static JsonNode resolvable;

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
    ProjectionAdmin projections;

    @Autowired
    JdbcTemplate jdbc;

    HttpGraphQlTester graphql;

    @BeforeEach
    void tradeAndSyncOnce() {
        if (token == null) {
            token = IntegrationTestSupport.adminToken(users, tokens);
        }
        graphql = IntegrationTestSupport.graphQl(port, token);
        if (seller != null) {
            return;
        }
        EmulatorClock.follow(() -> seller == null ? START : emulatorNow());
        seller = new EmulatedSeller(
                connections, "Browser orders shop", Map.of("start-time", START.toString(), "seed", "913"));
        List<String[]> buyable = buyable();
        assertThat(buyable).hasSizeGreaterThanOrEqualTo(3);
        for (int i = 0; i < 2; i++) {
            String[] l = buyable.get(i);
            commands.sendAndWait(new CreateInventoryItemCommand(
                    InventoryItemId.random(),
                    l[0],
                    l[2],
                    "Stock of " + l[0],
                    ItemCondition.USED_GOOD,
                    new Money(new BigDecimal(l[4]), Currency.getInstance(l[3])),
                    5,
                    null,
                    InventoryStatus.LISTED,
                    null,
                    "OrdersBrowserIT"));
        }
        linkedSku = buyable.get(0)[0];
        linkedOrder = purchase(buyable.get(0), 1);
        purchase(buyable.get(1), 2);
        seller.control("PUT", "/buyers", "{\"purchasesPerHour\": 3}");
        seller.advance(24 * 3600);
        seller.control("PUT", "/buyers", "{\"purchasesPerHour\": 1}");
        seller.advance(24 * 3600);
        seller.control("PUT", "/buyers", "{\"purchasesPerHour\": 0}");
        seller.advance(26 * 3600);
        purchase(buyable.get(0), 1);
        seller.advance(10 * 60);

        await().atMost(Duration.ofMinutes(5)).ignoreExceptions().until(this::syncOnce);
        long truth = truth().size();
        await().atMost(Duration.ofSeconds(120))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> total() == truth);
        await().atMost(Duration.ofSeconds(120))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> linked(linkedOrder));
        List<String> stocked = List.of(buyable.get(0)[2], buyable.get(1)[2]);
        List<JsonNode> unstocked = truth().stream()
                .filter(o -> o.get("fulfillmentStatus").asText().equals("SHIPPED"))
                .filter(o -> !stocked.contains(o.get("lines").get(0).get("asin").asText()))
                .sorted(java.util.Comparator.comparing(
                        o -> Instant.parse(o.get("createdTime").asText())))
                .toList();
        unmatchedOrder = unstocked.get(0).get("orderId").asText();
        String ignoredAsin = unstocked.get(0).get("lines").get(0).get("asin").asText();
        resolvable = unstocked.stream()
                .filter(o -> !o.get("lines").get(0).get("asin").asText().equals(ignoredAsin))
                .findFirst()
                .orElseThrow();
    }

    @AfterAll
    static void stop() {
        EmulatorClock.follow(null);
        if (seller != null) {
            seller.close();
            seller = null;
        }
        token = null;
    }

    @Test
    @Order(1)
    void graphQlAnswersTheOrdersAsTheEmulatorHasThemAndRefusesBadInputNamingTheField() {
        String account = seller.accountId.value();
        List<JsonNode> truth = truth();
        long shipped = truth.stream()
                .filter(o -> o.get("fulfillmentStatus").asText().equals("SHIPPED"))
                .count();
        graphql.document("{ orderSummary(filter: {accountId: \"" + account + "\"}) { orders unmatchedItems"
                        + " byStatus { status orders } } }")
                .execute()
                .path("orderSummary.orders")
                .entity(Long.class)
                .isEqualTo((long) truth.size())
                .path("orderSummary.byStatus[?(@.status == 'SHIPPED')].orders")
                .entityList(Long.class)
                .containsExactly(shipped)
                .path("orderSummary.unmatchedItems")
                .entity(Long.class)
                .satisfies(n -> assertThat(n).isPositive());
        assertThat(graphql
                        .document("{ ordersPerDay(filter: {accountId: \"" + account + "\"}) { day orders units } }")
                        .execute()
                        .path("ordersPerDay[*].orders")
                        .entityList(Long.class)
                        .get()
                        .stream()
                        .mapToLong(Long::longValue)
                        .sum())
                .isEqualTo(truth.size());
        String id = graphql.document("{ orders(filter: {search: \"" + linkedOrder + "\"}) { total items { orderId"
                        + " amazonOrderId status total { amount currency } linkedUnits } } }")
                .execute()
                .path("orders.total")
                .entity(Integer.class)
                .isEqualTo(1)
                .path("orders.items[0].status")
                .entity(String.class)
                .isEqualTo("SHIPPED")
                .path("orders.items[0].orderId")
                .entity(String.class)
                .get();
        graphql.document("query($id: ID!) { order(id: $id) { summary { amazonOrderId } items { item { sellerSku"
                        + " quantityShipped unitPrice { amount } } linkedUnits linked { localSku units } }"
                        + " history { event description } } }")
                .variable("id", id)
                .execute()
                .path("order.items[0].item.sellerSku")
                .entity(String.class)
                .isEqualTo(linkedSku)
                .path("order.items[0].linked[0].localSku")
                .entity(String.class)
                .isEqualTo(linkedSku)
                .path("order.history[0].event")
                .entity(String.class)
                .isEqualTo("OrderImportedEvent");
        graphql.document("{ unmatchedOrderItems(accountId: \"" + account
                        + "\", size: 500) { total items { amazonOrderId } } }")
                .execute()
                .path("unmatchedOrderItems.items[*].amazonOrderId")
                .entityList(String.class)
                .contains(unmatchedOrder);
        List<Map> open = graphql.document("{ unmatchedOrderItems(accountId: \"" + account
                        + "\", size: 500) { items { orderId orderItemId amazonOrderId } } }")
                .execute()
                .path("unmatchedOrderItems.items")
                .entityList(Map.class)
                .get();
        Map<?, ?> other = open.stream()
                .filter(u -> !u.get("amazonOrderId").equals(unmatchedOrder)
                        && !u.get("amazonOrderId")
                                .equals(resolvable.get("orderId").asText()))
                .reduce((a, b) -> b)
                .orElseThrow();
        graphql.document("mutation($o: ID!, $i: ID!) { resolveUnmatchedOrderItem(orderId: $o, orderItemId: $i,"
                        + " picks: []) }")
                .variable("o", other.get("orderId"))
                .variable("i", other.get("orderItemId"))
                .execute()
                .errors()
                .satisfy(errors -> assertThat(errors.get(0).getExtensions()).containsEntry("field", "picks"));
        graphql.document("mutation($o: ID!, $i: ID!) { ignoreUnmatchedOrderItem(orderId: $o, orderItemId: $i) }")
                .variable("o", other.get("orderId"))
                .variable("i", other.get("orderItemId"))
                .execute()
                .path("ignoreUnmatchedOrderItem")
                .entity(Boolean.class)
                .isEqualTo(true);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> graphql.document("query($id: ID!) { order(id: $id) { items { unmatchedUnits"
                                        + " ignoredUnits } } }")
                                .variable("id", other.get("orderId"))
                                .execute()
                                .path("order.items[0].ignoredUnits")
                                .entity(Integer.class)
                                .get()
                        > 0);
        graphql.document("{ order(id: \"no-such-order\") { summary { orderId } } }")
                .execute()
                .errors()
                .satisfy(errors -> assertThat(errors.get(0).getExtensions()).containsEntry("field", "id"));
        graphql.document("{ orderSyncStatus(accountId: \"" + account + "\") { state kind cursor } }")
                .execute()
                .path("orderSyncStatus[0].cursor")
                .entity(String.class)
                .satisfies(c -> assertThat(c).isNotBlank());

        graphql.document("{ orders(filter: {purchasedFrom: \"last tuesday\"}) { total } }")
                .execute()
                .errors()
                .satisfy(errors -> {
                    assertThat(errors).hasSize(1);
                    assertThat(errors.get(0).getExtensions()).containsEntry("code", "INVALID_INPUT");
                    assertThat(errors.get(0).getExtensions()).containsEntry("field", "filter.purchasedFrom");
                });
        graphql.document("{ orders(size: 5000) { total } }")
                .execute()
                .errors()
                .satisfy(errors -> assertThat(errors.get(0).getExtensions()).containsEntry("field", "size"));
        graphql.document("mutation { backfillOrders(accountId: \"" + account
                        + "\", from: \"2026-02-10\", to: \"2026-02-01\") }")
                .execute()
                .errors()
                .satisfy(errors -> assertThat(errors.get(0).getExtensions()).containsEntry("field", "to"));
    }

    @Test
    @Order(2)
    void theOrdersPageShowsCardsAndTheChartFiltersSearchesAndOpensAnOrderWithItsInventoryAndHistory() throws Exception {
        try (Chromium chromium = Chromium.start()) {
            chromium.browser.manage().window().setSize(new Dimension(1400, 1500));
            signIn(chromium);
            assertThat(chromium.browser.findElement(By.id("sync-cursors")).getText())
                    .contains("Browser orders shop")
                    .contains("Orders");
            assertThat(chromium.browser.findElement(By.id("order-cards")).getText())
                    .contains("UNMATCHED ORDER ITEMS");
            chromium.browser.get(url("/orders"));
            chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("orders")));
            assertThat(chromium.browser.findElement(By.id("status-cards")).getText())
                    .contains("ALL ORDERS")
                    .contains("SHIPPED")
                    .contains("PENDING")
                    .contains("UNMATCHED ITEMS");
            assertThat(chromium.browser
                            .findElement(By.cssSelector("#status-cards [data-card=all] .value"))
                            .getText())
                    .isEqualTo(Integer.toString(truth().size()));
            chromium.wait.until(ExpectedConditions.attributeToBe(By.id("orders-chart"), "data-drawn", "true"));
            assertThat(chromium.browser.findElement(By.id("page-info")).getText())
                    .contains("page 1 of");
            assertThat(chromium.browser.findElement(By.id("sync-status")).getText())
                    .contains("Browser orders shop");
            Path shot = Path.of("target", "screenshots", "orders.png");
            chromium.screenshot("orders");
            keep(shot);

            new Select(chromium.browser.findElement(By.id("filter-status"))).selectByValue("SHIPPED");
            chromium.browser.findElement(By.id("apply-filters")).click();
            chromium.wait.until(ExpectedConditions.urlContains("status=SHIPPED"));
            assertThat(chromium.browser.findElements(By.cssSelector("#orders tbody tr")))
                    .isNotEmpty()
                    .allSatisfy(r -> assertThat(r.getAttribute("data-status")).isEqualTo("SHIPPED"));

            chromium.browser.get(url("/orders"));
            new Select(chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("filter-link"))))
                    .selectByValue("UNMATCHED");
            chromium.browser.findElement(By.id("apply-filters")).click();
            chromium.wait.until(ExpectedConditions.urlContains("link=UNMATCHED"));
            assertThat(chromium.browser.findElements(By.cssSelector("#orders tbody tr")))
                    .isNotEmpty()
                    .allSatisfy(r -> assertThat(Integer.parseInt(r.getAttribute("data-unmatched")))
                            .isPositive())
                    .extracting(r -> r.getAttribute("data-order"))
                    .doesNotContain(linkedOrder);

            chromium.browser.get(url("/orders"));
            chromium.type("filter-search", linkedOrder);
            chromium.browser.findElement(By.id("apply-filters")).click();
            chromium.wait.until(ExpectedConditions.urlContains("search="));
            WebElement table = chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("orders")));
            List<WebElement> rows = table.findElements(By.cssSelector("tbody tr"));
            assertThat(rows)
                    .singleElement()
                    .satisfies(r -> assertThat(r.getAttribute("data-order")).isEqualTo(linkedOrder));

            rows.get(0).findElement(By.cssSelector("a")).click();
            chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("items")));
            assertThat(chromium.browser.findElement(By.id("order-status")).getText())
                    .isEqualTo("Shipped");
            assertThat(chromium.browser.findElement(By.id("items")).getText()).contains(linkedSku);
            assertThat(chromium.browser.findElements(By.cssSelector("#items [data-role=linked]")))
                    .singleElement()
                    .satisfies(l -> assertThat(l.getText()).contains(linkedSku).contains("× 1"));
            assertThat(chromium.browser.findElements(By.cssSelector("#history tr[data-event]")))
                    .extracting(r -> r.getAttribute("data-event"))
                    .startsWith("OrderImportedEvent")
                    .contains("OrderItemLinkedEvent");
            chromium.screenshot("order");

            chromium.browser
                    .findElement(By.cssSelector("#items [data-role=linked] a"))
                    .click();
            chromium.wait.until(ExpectedConditions.urlContains("/inventory/"));
        }
    }

    @Test
    @Order(3)
    void theUnmatchedListIgnoresAnItemAndSyncNowShowsItsProgress() throws Exception {
        try (Chromium chromium = Chromium.start()) {
            chromium.browser.manage().window().setSize(new Dimension(1400, 1000));
            signIn(chromium);
            chromium.browser.get(url("/orders/unmatched"));
            WebElement table = chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("unmatched")));
            WebElement row = table.findElement(By.cssSelector("tr[data-order='" + unmatchedOrder + "']"));
            assertThat(row.getText()).contains("no listed item matches");
            row.findElement(By.cssSelector("[data-role=ignore] button")).click();
            chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("notice")));
            assertThat(chromium.browser.findElements(By.cssSelector("tr[data-order='" + unmatchedOrder + "']")))
                    .isEmpty();

            JsonNode line = resolvable.get("lines").get(0);
            String order = resolvable.get("orderId").asText();
            InventoryItemId added = InventoryItemId.random();
            commands.sendAndWait(new CreateInventoryItemCommand(
                    added,
                    line.get("sku").asText(),
                    line.get("asin").asText(),
                    "Found on the shelf",
                    ItemCondition.USED_GOOD,
                    new Money(
                            new BigDecimal(line.get("unitPrice").asText()),
                            Currency.getInstance(resolvable.get("currency").asText())),
                    line.get("quantity").asInt() + 1,
                    null,
                    InventoryStatus.LISTED,
                    null,
                    "OrdersBrowserIT"));
            By pick =
                    By.cssSelector("tr[data-order='" + order + "'] [data-role=resolve] option[value='" + added + "']");
            await().atMost(Duration.ofSeconds(30))
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> {
                        chromium.browser.get(url("/orders/unmatched"));
                        return !chromium.browser.findElements(pick).isEmpty();
                    });
            chromium.screenshot("orders-unmatched");
            WebElement resolve =
                    chromium.browser.findElement(By.cssSelector("tr[data-order='" + order + "'] [data-role=resolve]"));
            new Select(resolve.findElement(By.name("itemId"))).selectByValue(added.value());
            resolve.findElement(By.cssSelector("button")).click();
            chromium.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "linked"));
            assertThat(chromium.browser.findElements(By.cssSelector("tr[data-order='" + order + "']")))
                    .isEmpty();
            chromium.browser.get(url("/orders?search=" + order));
            chromium.wait
                    .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#orders tbody tr a")))
                    .click();
            WebElement linked = chromium.wait.until(
                    ExpectedConditions.presenceOfElementLocated(By.cssSelector("#items [data-role=linked]")));
            assertThat(linked.getText()).contains(line.get("sku").asText()).contains("picked");
            chromium.browser
                    .findElement(By.cssSelector("#items button[name=reason][value=RETURNED]"))
                    .click();
            chromium.wait.until(ExpectedConditions.alertIsPresent()).accept();
            chromium.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "released"));
            assertThat(chromium.browser.findElements(By.cssSelector("#items [data-role=linked]")))
                    .isEmpty();
            assertThat(chromium.browser.findElements(By.cssSelector("#history tr[data-event]")))
                    .extracting(r -> r.getAttribute("data-event"))
                    .contains("OrderItemLinkedEvent", "OrderItemUnlinkedEvent");

            chromium.browser.get(url("/orders"));
            chromium.wait
                    .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-role=sync-now]")))
                    .click();
            chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("notice")));
            chromium.wait.until(ExpectedConditions.textToBePresentInElementLocated(
                    By.cssSelector("#sync-status [data-role=progress]"), "incremental"));
        }
    }

    @Test
    @Order(4)
    void theOrdersReadModelRebuiltByReplayEqualsTheLiveOne() {
        await().atMost(Duration.ofMinutes(5))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> graphql.document(
                                "{ orderSyncStatus(accountId: \"" + seller.accountId.value() + "\") { state } }")
                        .execute()
                        .path("orderSyncStatus[0].state")
                        .entity(String.class)
                        .get()
                        .equals("IDLE"));
        List<Map<String, Object>> live = readModel();
        await().pollDelay(Duration.ofSeconds(2)).atMost(Duration.ofMinutes(1)).until(() -> {
            List<Map<String, Object>> now = readModel();
            boolean settled = now.equals(live);
            live.clear();
            live.addAll(now);
            return settled;
        });
        assertThat(live).hasSizeGreaterThan(truth().size());
        String summary = summary();

        projections.replay("orders", "OrdersBrowserIT");

        await().atMost(Duration.ofMinutes(3))
                .pollInterval(Duration.ofMillis(500))
                .until(() ->
                        !projections.status("orders").replaying() && readModel().equals(live));
        assertThat(summary()).isEqualTo(summary);
    }

    @Test
    @Order(5)
    @SuppressWarnings("unchecked")
    void orderSyncProgressStreamsASweepUntilItEnds() {
        WebSocketGraphQlTester live = WebSocketGraphQlTester.builder(
                        URI.create("ws://localhost:" + port + "/graphql-ws"), new StandardWebSocketClient())
                .headers(h -> h.setBearerAuth(token))
                .build();
        Flux<Map<String, Object>> updates = live.document("subscription($id: ID!) { orderSyncProgress(accountId: $id)"
                        + " { accountId state kind windowFrom windowTo pages orders finishedAt cursor } }")
                .variable("id", seller.accountId.value())
                .executeSubscription()
                .toFlux()
                .map(response -> (Map<String, Object>)
                        response.path("orderSyncProgress").entity(Map.class).get());
        StepVerifier.create(updates)
                .assertNext(initial -> {
                    assertThat(initial.get("accountId")).isEqualTo(seller.accountId.value());
                    assertThat(initial.get("state")).isEqualTo("IDLE");
                    assertThat(initial.get("kind")).isEqualTo("INCREMENTAL");
                })
                .then(() -> graphql.document(
                                "mutation { syncOrders(accountId: \"" + seller.accountId.value() + "\", kind: SWEEP) }")
                        .execute()
                        .path("syncOrders")
                        .entity(Boolean.class)
                        .isEqualTo(true))
                .thenConsumeWhile(s -> !("SWEEP".equals(s.get("kind")) && "IDLE".equals(s.get("state"))))
                .assertNext(ended -> {
                    assertThat(ended.get("finishedAt")).isNotNull();
                    assertThat((Integer) ended.get("orders")).isGreaterThanOrEqualTo(1);
                })
                .thenCancel()
                .verify(Duration.ofMinutes(3));
    }

    private String summary() {
        return graphql.document("{ orderSummary(filter: {accountId: \"" + seller.accountId.value()
                        + "\"}) { orders unmatchedItems byStatus { status orders } } }")
                .execute()
                .path("orderSummary")
                .entity(Map.class)
                .get()
                .toString();
    }

    /** Every row of the orders read model, in a stable order. */
    private List<Map<String, Object>> readModel() {
        List<Map<String, Object>> rows = new ArrayList<>();
        rows.addAll(jdbc.queryForList("select * from order_view order by order_id"));
        rows.addAll(jdbc.queryForList("select * from order_item order by order_id, order_item_id"));
        rows.addAll(jdbc.queryForList("select * from order_link order by order_id, order_item_id, item_id"));
        return rows;
    }

    /** The listings buyers can buy: SKU, marketplace, ASIN, currency, price. */
    private static List<String[]> buyable() {
        List<String[]> result = new ArrayList<>();
        for (JsonNode l : seller.control("GET", "/listings?sellerId=" + seller.sellerId, null)) {
            if (l.get("quantity").asInt() < 3 || l.get("sku").asText().length() > 40) {
                continue;
            }
            for (JsonNode offer : l.get("offers")) {
                if (!offer.path("price").isMissingNode() && !offer.path("price").isNull()) {
                    result.add(new String[] {
                        l.get("sku").asText(),
                        offer.get("marketplaceId").asText(),
                        l.get("asin").asText(),
                        offer.get("currency").asText(),
                        offer.get("price").asText()
                    });
                    break;
                }
            }
        }
        return result;
    }

    private static String purchase(String[] listing, int quantity) {
        JsonNode order = seller.control(
                "POST",
                "/buyers/purchase",
                "{\"sellerId\": \"" + seller.sellerId + "\", \"sku\": \"" + listing[0] + "\", \"marketplaceId\": \""
                        + listing[1] + "\", \"quantity\": " + quantity + "}");
        return order.get("orderId").asText();
    }

    private boolean syncOnce() {
        graphql.document("mutation { syncOrders(accountId: \"" + seller.accountId.value() + "\") }")
                .execute()
                .path("syncOrders")
                .entity(Boolean.class)
                .isEqualTo(true);
        Instant end = emulatorNow().minus(Duration.ofMinutes(3));
        await().atMost(Duration.ofMinutes(5))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> {
                    JsonNode status = new com.fasterxml.jackson.databind.ObjectMapper()
                            .valueToTree(graphql.document("{ orderSyncStatus(accountId: \"" + seller.accountId.value()
                                            + "\") { state cursor lastError } }")
                                    .execute()
                                    .path("orderSyncStatus[0]")
                                    .entity(Map.class)
                                    .get());
                    return status.path("state").asText().equals("IDLE")
                            && !status.path("cursor").isNull()
                            && !Instant.parse(status.path("cursor").asText()).isBefore(end);
                });
        return true;
    }

    private long total() {
        return graphql.document(
                        "{ orders(filter: {accountId: \"" + seller.accountId.value() + "\"}, size: 1) { total } }")
                .execute()
                .path("orders.total")
                .entity(Long.class)
                .get();
    }

    private boolean linked(String amazonOrderId) {
        return graphql.document("{ orders(filter: {search: \"" + amazonOrderId + "\"}) { items { linkedUnits } } }")
                        .execute()
                        .path("orders.items[0].linkedUnits")
                        .entity(Integer.class)
                        .get()
                > 0;
    }

    /** The seller's orders as the emulator has them, those Amazon would show now (updated 3 minutes ago or more). */
    private static List<JsonNode> truth() {
        Instant latest = emulatorNow().minus(Duration.ofMinutes(3));
        List<JsonNode> truth = new ArrayList<>();
        for (JsonNode o : seller.control("GET", "/orders?sellerId=" + seller.sellerId, null)) {
            if (Instant.parse(o.get("lastUpdatedTime").asText()).isBefore(latest)) {
                truth.add(o);
            }
        }
        return truth;
    }

    /** Keeps the screenshot as the README's picture of the Orders page. */
    private static void keep(Path shot) throws IOException {
        Path docs = Path.of("..", "docs", "images");
        if (Files.isDirectory(docs)) {
            Files.copy(shot, docs.resolve("orders.png"), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private void signIn(Chromium chromium) {
        chromium.browser.get(url("/login"));
        chromium.type("username", IntegrationTestSupport.ADMIN);
        chromium.type("password", IntegrationTestSupport.ADMIN_PASSWORD);
        chromium.browser.findElement(By.id("sign-in")).click();
        chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("account-count")));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    static Instant emulatorNow() {
        return Instant.parse(seller.control("GET", "/clock", null).get("now").asText());
    }
}
