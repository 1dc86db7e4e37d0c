// SPDX-License-Identifier: Apache-2.0
package io.sellersync.api.finances;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.sellersync.api.EmulatedSeller;
import io.sellersync.api.IntegrationTestSupport;
import io.sellersync.api.accounts.AccountConnections;
import io.sellersync.api.admin.ProjectionAdmin;
import io.sellersync.api.orders.OrdersIntegrationTest;
import io.sellersync.api.security.ApiTokens;
import io.sellersync.api.security.UserAccounts;
import io.sellersync.messages.accounts.AccountView;
import io.sellersync.messages.accounts.FindAccountQuery;
import io.sellersync.messages.finances.OrderReconciliationFlag;
import io.sellersync.messages.finances.OrderReconciliationPage;
import io.sellersync.messages.finances.OrderReconciliationQuery;
import io.sellersync.messages.finances.OrderReconciliationView;
import io.sellersync.messages.finances.SoldUnitsQuery;
import io.sellersync.messages.finances.SoldUnitsView;
import io.sellersync.messages.finances.SyncTransactionsCommand;
import io.sellersync.messages.inventory.CreateInventoryItemCommand;
import io.sellersync.messages.inventory.FindInventoryItemQuery;
import io.sellersync.messages.inventory.InventoryItemId;
import io.sellersync.messages.inventory.InventoryItemView;
import io.sellersync.messages.inventory.InventoryStatus;
import io.sellersync.messages.inventory.ItemCondition;
import io.sellersync.messages.orders.AmazonOrderId;
import io.sellersync.messages.orders.FindOrderQuery;
import io.sellersync.messages.orders.FindOrderSyncStatusQuery;
import io.sellersync.messages.orders.OrderDetailView;
import io.sellersync.messages.orders.OrderStatus;
import io.sellersync.messages.orders.OrderSyncState;
import io.sellersync.messages.orders.OrderSyncStatusView;
import io.sellersync.messages.orders.SyncOrdersCommand;
import io.sellersync.messages.shared.Money;
import io.sellersync.messages.sync.FindSyncCursorQuery;
import io.sellersync.messages.sync.SyncCursorView;
import io.sellersync.messages.sync.SyncDataSet;
import io.sellersync.messages.sync.SyncWindowKind;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * Orders and transactions of the same emulated seller — three weeks of history, then buyers active for days — synced
 * both ways, with listed inventory for every SKU sold so shipped units are linked. The emulator builds an order's
 * {@code grandTotal} and its shipment's {@code Sales} from the same charges, so per-order reconciliation must find no
 * total mismatch and no transaction without order; an order flagged without transactions must have none at the
 * emulator either; the sold units of every fully linked order must add up to the order's sales, fees and net to the
 * cent; and a rebuild of the {@code finances} and then the {@code orders} read model gives the same figures.
 */
@OrdersIntegrationTest
@TestPropertySource(properties = "SELLERSYNC_DATA_DIR=${java.io.tmpdir}/sellersync-order-reconciliation-it")
class OrderReconciliationIT {

    @DynamicPropertySource
    static void ownSchema(DynamicPropertyRegistry registry) {
        IntegrationTestSupport.ownSchema(registry, "order_reconciliation");
    }

    static final String START = "2026-03-02T10:00:00Z";

    static {
        EmulatorClock.freshDatabase("sellersync-order-reconciliation-it");
    }

    private static EmulatedSeller seller;

    @Autowired
    AccountConnections connections;

    @Autowired
    CommandGateway commands;

    @Autowired
    QueryGateway queries;

    @Autowired
    ProjectionAdmin projections;

    @Autowired
    UserAccounts users;

    @Autowired
    ApiTokens tokens;

    @LocalServerPort
    int port;

    @AfterAll
    static void stop() {
        EmulatorClock.follow(null);
        if (seller != null) {
            seller.close();
            seller = null;
        }
    }

    @Test
    void ordersAndTheirTransactionsReconcileAndSoldUnitsAddUpToTheirOrders() throws Exception {
        EmulatorClock.follow(() -> seller == null ? Instant.parse(START) : emulatorNow());
        seller = new EmulatedSeller(
                connections,
                "Order reconciliation IT seller",
                Map.of("start-time", START, "seed", "31", "history-days", "21"));
        await().atMost(Duration.ofSeconds(20))
                .until(() -> queries.query(
                                new FindAccountQuery(seller.accountId),
                                ResponseTypes.optionalInstanceOf(AccountView.class))
                        .join()
                        .isPresent());
        seller.control("PUT", "/buyers", "{\"purchasesPerHour\": 4}");
        seller.advance(2 * 24 * 3600);
        seller.control("PUT", "/buyers", "{\"purchasesPerHour\": 0}");
        seller.advance(3 * 24 * 3600);
        listEverySkuSold();

        syncTransactions();
        syncOrders();
        Map<String, JsonNode> orders = new LinkedHashMap<>();
        for (JsonNode o : seller.control("GET", "/orders?sellerId=" + seller.sellerId, null)) {
            orders.put(o.get("orderId").asText(), o);
        }
        Set<String> withMoney = new HashSet<>();
        for (JsonNode t : seller.control("GET", "/transactions?sellerId=" + seller.sellerId, null)) {
            if (t.hasNonNull("orderId")) {
                withMoney.add(t.get("orderId").asText());
            }
        }
        List<String> linked = waitForLinks(orders);

        List<OrderReconciliationView> all = reconciliation();
        OrderReconciliationPage first = page(null);
        assertThat(all).filteredOn(o -> o.transactions() > 0).hasSizeGreaterThan(10);
        assertThat(first.count(OrderReconciliationFlag.TOTAL_MISMATCH))
                .as(all.stream()
                        .filter(o -> o.flagKinds().contains(OrderReconciliationFlag.TOTAL_MISMATCH))
                        .toList()
                        .toString())
                .isZero();
        assertThat(first.count(OrderReconciliationFlag.WITHOUT_ORDER)).isZero();
        assertThat(all).filteredOn(o -> o.transactions() > 0).allSatisfy(o -> {
            assertThat(o.orderKnown()).as(o.orderId()).isTrue();
            if (o.orderTotal() != null) {
                assertThat(o.difference().amount()).as(o.orderId()).isEqualByComparingTo("0");
            }
        });
        assertThat(all)
                .filteredOn(o -> o.flagKinds().contains(OrderReconciliationFlag.WITHOUT_TRANSACTIONS))
                .allSatisfy(o -> {
                    assertThat(withMoney).as(o.orderId()).doesNotContain(o.orderId());
                    assertThat(o.orderStatus()).isNotIn(OrderStatus.CANCELLED, OrderStatus.PENDING);
                    assertThat(o.purchaseDate()).isBefore(emulatorNow().minus(Duration.ofDays(14)));
                });

        Map<String, OrderReconciliationView> byOrder = new LinkedHashMap<>();
        all.forEach(o -> byOrder.put(o.orderId(), o));
        int compared = 0;
        for (String id : linked) {
            OrderReconciliationView money = byOrder.get(id);
            if (money == null || money.transactions() == 0) {
                continue;
            }
            List<SoldUnitsView> units = soldUnits(id);
            assertThat(units).as(id).isNotEmpty();
            assertThat(sum(units, SoldUnitsView::gross))
                    .as(id)
                    .isEqualByComparingTo(money.sales().amount());
            assertThat(sum(units, SoldUnitsView::fees))
                    .as(id)
                    .isEqualByComparingTo(money.fees().amount());
            assertThat(sum(units, SoldUnitsView::net))
                    .as(id)
                    .isEqualByComparingTo(money.net().amount());
            compared++;
        }
        assertThat(compared).as("fully linked orders with money").isGreaterThan(5);

        throughGraphQlAndThePages(linked.get(0), byOrder.get(linked.get(0)));

        Map<String, List<SoldUnitsView>> units = new LinkedHashMap<>();
        linked.forEach(id -> units.put(id, soldUnits(id)));
        for (String projection : List.of("finances", "orders")) {
            projections.replay(projection, "test");
            await().atMost(Duration.ofMinutes(5))
                    .pollInterval(Duration.ofSeconds(1))
                    .until(() -> !projections.status(projection).replaying()
                            && reconciliation().equals(all));
            linked.forEach(
                    id -> assertThat(soldUnits(id)).as(projection + " " + id).isEqualTo(units.get(id)));
        }
    }

    /** The same figures through GraphQL, and the Reconciliation and inventory item pages render them. */
    @SuppressWarnings("unchecked")
    private void throughGraphQlAndThePages(String orderId, OrderReconciliationView money) throws Exception {
        String token = IntegrationTestSupport.adminToken(users, tokens);
        HttpGraphQlTester graphql = IntegrationTestSupport.graphQl(port, token);
        GraphQlTester.Response response = graphql.document("""
                        query($account: ID, $search: String) {
                          orderReconciliation(accountId: $account, search: $search) {
                            total flagCounts { flag label orders }
                            items { orderId orderKnown orderStatus orderTotal { amount } sales { amount }
                                    difference { amount } flagKinds transactions }
                          }
                          none: orderReconciliation(accountId: $account, flag: TOTAL_MISMATCH) { total }
                        }""")
                .variable("account", seller.accountId.value())
                .variable("search", orderId)
                .execute();
        Map<String, Object> reconciliation =
                response.path("orderReconciliation").entity(Map.class).get();
        Map<String, Object> row = ((List<Map<String, Object>>) reconciliation.get("items")).get(0);
        assertThat(row).containsEntry("orderId", orderId).containsEntry("orderKnown", true);
        assertThat(row).containsEntry("orderStatus", "SHIPPED");
        assertThat(new BigDecimal((String) ((Map<String, Object>) row.get("difference")).get("amount")))
                .isEqualByComparingTo("0");
        assertThat(response.path("none.total").entity(Integer.class).get()).isZero();
        assertThat((List<?>) reconciliation.get("flagCounts")).hasSize(OrderReconciliationFlag.values().length);

        List<Map<String, Object>> sold = graphql
                .document("""
                        query($order: ID!) { soldUnits(orderId: $order) {
                          itemId units lineUnits transactions gross { amount } fees { amount } net { amount }
                          cost { amount } margin { amount } } }""")
                .variable("order", AmazonOrderId.of(seller.accountId, orderId).value())
                .execute()
                .path("soldUnits")
                .entityList(Map.class)
                .get()
                .stream()
                .map(m -> (Map<String, Object>) m)
                .toList();
        assertThat(sold).isNotEmpty();
        BigDecimal net = sold.stream()
                .map(m -> new BigDecimal((String) ((Map<String, Object>) m.get("net")).get("amount")))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(net).isEqualByComparingTo(money.net().amount());
        String itemId = (String) sold.get(0).get("itemId");
        List<?> sales = graphql.document(
                        "query($id: ID!) { inventoryItem(id: $id) { sales { amazonOrderId net { amount } } } }")
                .variable("id", itemId)
                .execute()
                .path("inventoryItem.sales")
                .entityList(Map.class)
                .get();
        assertThat(sales).isNotEmpty();
        graphql.document("{ soldUnits { units } }")
                .execute()
                .errors()
                .satisfy(errors -> assertThat(errors)
                        .singleElement()
                        .satisfies(e -> assertThat(e.getMessage()).contains("itemId")));

        HttpClient http = HttpClient.newHttpClient();
        for (String path : List.of(
                "/reconciliation?view=orders&account=" + seller.accountId.value(),
                "/reconciliation?view=orders&flag=WITHOUT_TRANSACTIONS&account=" + seller.accountId.value(),
                "/inventory/" + itemId,
                "/reconciliation/orders.csv?account=" + seller.accountId.value())) {
            HttpResponse<String> rendered = http.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                            .header("Authorization", "Bearer " + token)
                            .build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertThat(rendered.statusCode()).as(path).isEqualTo(200);
            if (path.startsWith("/inventory")) {
                assertThat(rendered.body()).contains("id=\"item-sales\"").contains(orderId);
            } else if (path.endsWith(".csv?account=" + seller.accountId.value())) {
                assertThat(rendered.body()).startsWith("\uFEFFOrder ID,").contains(orderId);
            } else {
                assertThat(rendered.body()).contains("id=\"order-flags\"");
            }
        }
    }

    /** Listed inventory for every SKU the emulator's orders sold: plenty of units at a cost of 1.00. */
    private void listEverySkuSold() {
        Map<String, String[]> skus = new LinkedHashMap<>();
        for (JsonNode o : seller.control("GET", "/orders?sellerId=" + seller.sellerId, null)) {
            for (JsonNode line : o.get("lines")) {
                skus.putIfAbsent(line.get("sku").asText(), new String[] {
                    line.get("asin").asText(),
                    line.get("title").asText(),
                    o.get("currency").asText()
                });
            }
        }
        List<InventoryItemId> ids = new ArrayList<>();
        skus.forEach((sku, line) -> {
            InventoryItemId id = new InventoryItemId(UUID.randomUUID().toString());
            ids.add(id);
            commands.sendAndWait(new CreateInventoryItemCommand(
                    id,
                    sku,
                    line[0],
                    line[1],
                    ItemCondition.NEW_NEW,
                    null,
                    1000,
                    Money.of("1.00", line[2]),
                    InventoryStatus.LISTED,
                    null,
                    "OrderReconciliationIT"));
        });
        await().atMost(Duration.ofMinutes(1))
                .until(() -> ids.stream()
                        .allMatch(id -> queries.query(
                                        new FindInventoryItemQuery(id),
                                        ResponseTypes.optionalInstanceOf(InventoryItemView.class))
                                .join()
                                .isPresent()));
    }

    /**
     * Waits until the linking has settled (the same shipped orders fully linked three polls running); answers those
     * orders (Amazon order ids).
     */
    private List<String> waitForLinks(Map<String, JsonNode> orders) {
        List<List<String>> polls = new ArrayList<>();
        await().atMost(Duration.ofMinutes(5))
                .pollInterval(Duration.ofSeconds(2))
                .until(() -> {
                    List<String> linked = new ArrayList<>();
                    for (String id : orders.keySet()) {
                        Optional<OrderDetailView> detail = queries.query(
                                        new FindOrderQuery(AmazonOrderId.of(seller.accountId, id)),
                                        ResponseTypes.optionalInstanceOf(OrderDetailView.class))
                                .join();
                        if (detail.isEmpty() || detail.get().summary().status() != OrderStatus.SHIPPED) {
                            continue;
                        }
                        if (detail.get().items().stream()
                                .allMatch(i -> i.linkedUnits() == i.item().quantityOrdered())) {
                            linked.add(id);
                        }
                    }
                    polls.add(linked);
                    int n = polls.size();
                    return n >= 3
                            && !linked.isEmpty()
                            && polls.get(n - 2).equals(linked)
                            && polls.get(n - 3).equals(linked);
                });
        return polls.get(polls.size() - 1);
    }

    private List<SoldUnitsView> soldUnits(String amazonOrderId) {
        return queries.query(
                        SoldUnitsQuery.ofOrder(AmazonOrderId.of(seller.accountId, amazonOrderId)),
                        ResponseTypes.multipleInstancesOf(SoldUnitsView.class))
                .join();
    }

    private OrderReconciliationPage page(OrderReconciliationFlag flag) {
        return queries.query(
                        new OrderReconciliationQuery(seller.accountId, null, false, flag, 0, 500),
                        ResponseTypes.instanceOf(OrderReconciliationPage.class))
                .join();
    }

    private List<OrderReconciliationView> reconciliation() {
        List<OrderReconciliationView> all = new ArrayList<>();
        for (int p = 0; ; p++) {
            OrderReconciliationPage page = queries.query(
                            new OrderReconciliationQuery(seller.accountId, null, false, null, p, 500),
                            ResponseTypes.instanceOf(OrderReconciliationPage.class))
                    .join();
            all.addAll(page.items());
            if (page.items().size() < 500) {
                return all;
            }
        }
    }

    private void syncTransactions() {
        Instant end = emulatorNow().minus(Duration.ofMinutes(3));
        commands.sendAndWait(new SyncTransactionsCommand(seller.accountId, SyncWindowKind.INCREMENTAL));
        await().atMost(Duration.ofMinutes(5))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> {
                    SyncCursorView cursor = queries.query(
                                    new FindSyncCursorQuery(seller.accountId, SyncDataSet.TRANSACTIONS),
                                    ResponseTypes.optionalInstanceOf(SyncCursorView.class))
                            .join()
                            .orElse(null);
                    if (cursor != null && cursor.lastFailedAt() != null && cursor.failuresInRow() > 3) {
                        throw new AssertionError("The transaction sync failed: " + cursor.lastError());
                    }
                    return cursor != null
                            && cursor.position() != null
                            && !cursor.position().isBefore(end);
                });
    }

    private void syncOrders() {
        Instant before = Instant.now();
        commands.sendAndWait(new SyncOrdersCommand(seller.accountId, SyncWindowKind.INCREMENTAL));
        await().atMost(Duration.ofMinutes(5))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> {
                    OrderSyncStatusView s = queries.query(
                                    new FindOrderSyncStatusQuery(seller.accountId),
                                    ResponseTypes.multipleInstancesOf(OrderSyncStatusView.class))
                            .join()
                            .get(0);
                    if (s.state() == OrderSyncState.FAILED
                            && s.finishedAt() != null
                            && !s.startedAt().isBefore(before)) {
                        throw new AssertionError("The order sync failed: " + s.lastError());
                    }
                    return s.finishedAt() != null
                            && s.startedAt() != null
                            && !s.startedAt().isBefore(before)
                            && s.state() == OrderSyncState.IDLE;
                });
    }

    private static Instant emulatorNow() {
        return Instant.parse(seller.control("GET", "/clock", null).get("now").asText());
    }

    private static BigDecimal sum(List<SoldUnitsView> views, Function<SoldUnitsView, Money> figure) {
        return views.stream().map(v -> figure.apply(v).amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
