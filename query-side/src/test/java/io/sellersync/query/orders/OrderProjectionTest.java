// SPDX-License-Identifier: Apache-2.0
package io.sellersync.query.orders;

import static org.assertj.core.api.Assertions.assertThat;

import io.sellersync.messages.accounts.AccountId;
import io.sellersync.messages.inventory.InventoryItemId;
import io.sellersync.messages.orders.AmazonOrder;
import io.sellersync.messages.orders.AmazonOrderEvent;
import io.sellersync.messages.orders.AmazonOrderId;
import io.sellersync.messages.orders.FindOrderQuery;
import io.sellersync.messages.orders.FulfillmentChannel;
import io.sellersync.messages.orders.LinkState;
import io.sellersync.messages.orders.ListOrdersQuery;
import io.sellersync.messages.orders.ListUnmatchedOrderItemsQuery;
import io.sellersync.messages.orders.OrderDetailView;
import io.sellersync.messages.orders.OrderFilter;
import io.sellersync.messages.orders.OrderImportedEvent;
import io.sellersync.messages.orders.OrderItem;
import io.sellersync.messages.orders.OrderItemIgnoredEvent;
import io.sellersync.messages.orders.OrderItemLinkedEvent;
import io.sellersync.messages.orders.OrderItemUnlinkedEvent;
import io.sellersync.messages.orders.OrderItemUnmatchedEvent;
import io.sellersync.messages.orders.OrderPage;
import io.sellersync.messages.orders.OrderStatus;
import io.sellersync.messages.orders.OrderStatusCount;
import io.sellersync.messages.orders.OrderSummaryQuery;
import io.sellersync.messages.orders.OrderSummaryView;
import io.sellersync.messages.orders.OrderUpdatedEvent;
import io.sellersync.messages.orders.OrderView;
import io.sellersync.messages.orders.OrdersPerDayQuery;
import io.sellersync.messages.orders.OrdersPerDayView;
import io.sellersync.messages.orders.ReleaseReason;
import io.sellersync.messages.orders.UnmatchedOrderItemPage;
import io.sellersync.messages.shared.MarketplaceId;
import io.sellersync.messages.shared.Money;
import io.sellersync.query.ProjectionDatabase;
import io.sellersync.query.ReplayableProjections;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The orders read model against the real PostgreSQL: imports and newer versions, filters, search, sort and paging,
 * status cards, orders per day, links and releases, unmatched and ignored units, redelivery, the detail with its
 * history from the event store, and a rebuild by replay that equals the live read model row for row.
 */
@SpringBootTest(classes = ProjectionDatabase.class)
@TestPropertySource("classpath:projection-database.properties")
class OrderProjectionTest {

    /** Fresh per test: the in-memory event store keeps the other tests' events. */
    private final AccountId ACCOUNT = new AccountId("acc-orders-" + System.nanoTime());

    private final AccountId OTHER = new AccountId("acc-other-" + System.nanoTime());
    private static final MarketplaceId UK = new MarketplaceId("A1F83G8C2ARO7P");
    private static final MarketplaceId DE = new MarketplaceId("A1PA6795UKMFR9");
    private static final Instant DAY = Instant.parse("2026-03-02T10:00:00Z");

    @Autowired
    OrderProjection projection;

    @Autowired
    OrderQueries queries;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EventStore eventStore;

    @Autowired
    TransactionTemplate tx;

    private final List<DomainEventMessage<?>> stored = new ArrayList<>();
    private final Map<String, Long> sequences = new HashMap<>();

    @BeforeEach
    void empty() {
        tx.executeWithoutResult(s -> projection.reset());
        stored.clear();
        sequences.clear();
    }

    private static OrderItem item(
            String id, String sku, String asin, int ordered, int shipped, String unit, String cur) {
        Money price = unit == null ? null : Money.of(unit, cur);
        Money line = unit == null
                ? null
                : new Money(price.amount().multiply(java.math.BigDecimal.valueOf(ordered)), price.currency());
        return new OrderItem(id, asin, sku, "Title of " + sku, ordered, shipped, price, line, List.of("PROMO-1"), null);
    }

    private static AmazonOrder order(
            String id,
            MarketplaceId market,
            Instant purchased,
            Instant updated,
            OrderStatus status,
            FulfillmentChannel channel,
            List<OrderItem> items) {
        String currency = market.equals(UK) ? "GBP" : "EUR";
        Money total = status == OrderStatus.PENDING
                ? null
                : new Money(
                        items.stream()
                                .map(i -> i.linePrice().amount())
                                .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add),
                        java.util.Currency.getInstance(currency));
        return new AmazonOrder(
                id,
                market,
                purchased,
                updated,
                status.name(),
                status,
                channel,
                purchased.plusSeconds(2 * 86400),
                null,
                total,
                items);
    }

    private AmazonOrderId idOf(AccountId account, String amazonId) {
        return AmazonOrderId.of(account, amazonId);
    }

    private void apply(AmazonOrderEvent event) {
        long sequence = sequences.merge(event.orderId().value(), 1L, Long::sum) - 1;
        GenericDomainEventMessage<AmazonOrderEvent> message =
                new GenericDomainEventMessage<>("AmazonOrder", event.orderId().value(), sequence, event);
        stored.add(message);
        eventStore.publish(message);
        tx.executeWithoutResult(s -> dispatch(projection, message));
    }

    private static void dispatch(OrderProjection target, DomainEventMessage<?> m) {
        long seq = m.getSequenceNumber();
        Object p = m.getPayload();
        if (p instanceof OrderImportedEvent e) {
            target.on(e, seq);
        } else if (p instanceof OrderUpdatedEvent e) {
            target.on(e, seq);
        } else if (p instanceof OrderItemLinkedEvent e) {
            target.on(e, seq);
        } else if (p instanceof OrderItemUnlinkedEvent e) {
            target.on(e, seq);
        } else if (p instanceof OrderItemUnmatchedEvent e) {
            target.on(e, seq);
        } else if (p instanceof OrderItemIgnoredEvent e) {
            target.on(e, seq);
        }
    }

    private void imported(AccountId account, AmazonOrder order) {
        apply(new OrderImportedEvent(idOf(account, order.amazonOrderId()), account, order, order.lastUpdatedTime()));
    }

    private void updated(AccountId account, OrderStatus before, Instant beforeTime, AmazonOrder order) {
        apply(new OrderUpdatedEvent(
                idOf(account, order.amazonOrderId()), account, before, beforeTime, order, order.lastUpdatedTime()));
    }

    /** Five orders over three days, two marketplaces, both channels; links, an unmatched item, a cancellation. */
    private void aFewDaysOfOrders() {
        Instant d1 = DAY;
        Instant d2 = DAY.plusSeconds(86400);
        Instant d3 = DAY.plusSeconds(2 * 86400);
        // 1: shipped, 2 units linked from two inventory items
        AmazonOrder o1u = order(
                "205-0000001-0000001",
                UK,
                d1,
                d1.plusSeconds(60),
                OrderStatus.UNSHIPPED,
                FulfillmentChannel.MERCHANT,
                List.of(item("OI-1", "BOOK-1", "B000000001", 2, 0, "12.50", "GBP")));
        imported(ACCOUNT, o1u);
        AmazonOrder o1s = order(
                "205-0000001-0000001",
                UK,
                d1,
                d1.plusSeconds(3600),
                OrderStatus.SHIPPED,
                FulfillmentChannel.MERCHANT,
                List.of(item("OI-1", "BOOK-1", "B000000001", 2, 2, "12.50", "GBP")));
        updated(ACCOUNT, OrderStatus.UNSHIPPED, o1u.lastUpdatedTime(), o1s);
        AmazonOrderId id1 = idOf(ACCOUNT, "205-0000001-0000001");
        apply(new OrderItemLinkedEvent(
                id1,
                ACCOUNT,
                "OI-1",
                "BOOK-1",
                new InventoryItemId("item-a"),
                "L-A",
                1,
                Money.of("12.50", "GBP"),
                false,
                1,
                1,
                d1.plusSeconds(3700)));
        apply(new OrderItemLinkedEvent(
                id1,
                ACCOUNT,
                "OI-1",
                "BOOK-1",
                new InventoryItemId("item-b"),
                "L-B",
                1,
                Money.of("12.50", "GBP"),
                false,
                2,
                0,
                d1.plusSeconds(3700)));
        // 2: pending, DE, Amazon-fulfilled
        imported(
                ACCOUNT,
                order(
                        "302-0000002-0000002",
                        DE,
                        d2,
                        d2.plusSeconds(60),
                        OrderStatus.PENDING,
                        FulfillmentChannel.AMAZON,
                        List.of(item("OI-2", "DVD-2", "B000000002", 1, 0, null, "EUR"))));
        // 3: shipped, two items, one unmatched (2 units), later 1 picked by hand and 1 ignored
        AmazonOrder o3 = order(
                "205-0000003-0000003",
                UK,
                d2,
                d2.plusSeconds(7200),
                OrderStatus.SHIPPED,
                FulfillmentChannel.MERCHANT,
                List.of(
                        item("OI-3a", "GAME-3", "B000000003", 1, 1, "30.00", "GBP"),
                        item("OI-3b", "CD-4", "B000000004", 2, 2, "5.00", "GBP")));
        imported(ACCOUNT, o3);
        AmazonOrderId id3 = idOf(ACCOUNT, "205-0000003-0000003");
        apply(new OrderItemLinkedEvent(
                id3,
                ACCOUNT,
                "OI-3a",
                "GAME-3",
                new InventoryItemId("item-c"),
                "L-C",
                1,
                Money.of("30.00", "GBP"),
                false,
                1,
                0,
                d2.plusSeconds(7300)));
        apply(new OrderItemUnmatchedEvent(
                id3, ACCOUNT, "OI-3b", "CD-4", "B000000004", "Title of CD-4", 2, d2.plusSeconds(7300)));
        // 4: cancelled after a link: released
        AmazonOrder o4 = order(
                "205-0000004-0000004",
                UK,
                d3,
                d3.plusSeconds(60),
                OrderStatus.PARTIALLY_SHIPPED,
                FulfillmentChannel.MERCHANT,
                List.of(item("OI-4", "BOOK-5", "B000000005", 1, 1, "8.00", "GBP")));
        imported(ACCOUNT, o4);
        AmazonOrderId id4 = idOf(ACCOUNT, "205-0000004-0000004");
        apply(new OrderItemLinkedEvent(
                id4,
                ACCOUNT,
                "OI-4",
                "BOOK-5",
                new InventoryItemId("item-d"),
                "L-D",
                1,
                Money.of("8.00", "GBP"),
                false,
                1,
                0,
                d3.plusSeconds(120)));
        updated(
                ACCOUNT,
                OrderStatus.PARTIALLY_SHIPPED,
                o4.lastUpdatedTime(),
                order(
                        "205-0000004-0000004",
                        UK,
                        d3,
                        d3.plusSeconds(600),
                        OrderStatus.CANCELLED,
                        FulfillmentChannel.MERCHANT,
                        List.of(item("OI-4", "BOOK-5", "B000000005", 1, 0, "8.00", "GBP"))));
        apply(new OrderItemUnlinkedEvent(
                id4,
                ACCOUNT,
                "OI-4",
                new InventoryItemId("item-d"),
                "L-D",
                1,
                ReleaseReason.CANCELLED,
                0,
                0,
                d3.plusSeconds(660)));
        // 5: another account's order
        imported(
                OTHER,
                order(
                        "205-0000005-0000005",
                        UK,
                        d3,
                        d3.plusSeconds(60),
                        OrderStatus.UNSHIPPED,
                        FulfillmentChannel.AMAZON,
                        List.of(item("OI-5", "BOOK-1", "B000000001", 3, 0, "12.00", "GBP"))));
    }

    private OrderPage list(OrderFilter filter) {
        return queries.handle(new ListOrdersQuery(filter, null, true, 0, 50));
    }

    private static OrderFilter account(AccountId account) {
        return new OrderFilter(account, null, null, null, null, null, null, null);
    }

    @Test
    void listsFiltersSearchesSortsAndPagesOrders() {
        aFewDaysOfOrders();
        OrderPage all = list(OrderFilter.all());
        assertThat(all.total()).isEqualTo(5);
        assertThat(all.items())
                .as("newest purchase first")
                .extracting(OrderView::amazonOrderId)
                .startsWith("205-0000005-0000005")
                .endsWith("205-0000001-0000001");
        assertThat(list(account(ACCOUNT)).total()).isEqualTo(4);

        OrderView first = all.items().stream()
                .filter(o -> o.amazonOrderId().equals("205-0000001-0000001"))
                .findFirst()
                .orElseThrow();
        assertThat(first.status()).isEqualTo(OrderStatus.SHIPPED);
        assertThat(first.total()).isEqualTo(Money.of("25.00", "GBP"));
        assertThat(first.units()).isEqualTo(2);
        assertThat(first.linkedUnits()).isEqualTo(2);
        assertThat(first.unmatchedUnits()).isZero();

        assertThat(list(new OrderFilter(null, OrderStatus.SHIPPED, null, null, null, null, null, null))
                        .items())
                .extracting(OrderView::amazonOrderId)
                .containsExactlyInAnyOrder("205-0000001-0000001", "205-0000003-0000003");
        assertThat(list(new OrderFilter(null, null, DE, null, null, null, null, null))
                        .items())
                .singleElement()
                .satisfies(o -> {
                    assertThat(o.status()).isEqualTo(OrderStatus.PENDING);
                    assertThat(o.total()).isNull();
                });
        assertThat(list(new OrderFilter(null, null, null, FulfillmentChannel.AMAZON, null, null, null, null))
                        .total())
                .isEqualTo(2);
        assertThat(list(new OrderFilter(
                                null, null, null, null, DAY.plusSeconds(86400), DAY.plusSeconds(2 * 86400), null, null))
                        .items())
                .extracting(OrderView::amazonOrderId)
                .containsExactlyInAnyOrder("302-0000002-0000002", "205-0000003-0000003");
        assertThat(list(new OrderFilter(null, null, null, null, null, null, LinkState.LINKED, null))
                        .items())
                .extracting(OrderView::amazonOrderId)
                .containsExactlyInAnyOrder("205-0000001-0000001", "205-0000003-0000003");
        assertThat(list(new OrderFilter(null, null, null, null, null, null, LinkState.UNMATCHED, null))
                        .items())
                .extracting(OrderView::amazonOrderId)
                .containsExactly("205-0000003-0000003");

        assertThat(list(new OrderFilter(null, null, null, null, null, null, null, "302-0000002-0000002"))
                        .items())
                .extracting(OrderView::amazonOrderId)
                .containsExactly("302-0000002-0000002");
        assertThat(list(new OrderFilter(null, null, null, null, null, null, null, "book"))
                        .items())
                .as("a SKU prefix, any case")
                .extracting(OrderView::amazonOrderId)
                .containsExactlyInAnyOrder("205-0000001-0000001", "205-0000004-0000004", "205-0000005-0000005");
        assertThat(list(new OrderFilter(null, null, null, null, null, null, null, "b000000004"))
                        .items())
                .as("an ASIN")
                .extracting(OrderView::amazonOrderId)
                .containsExactly("205-0000003-0000003");
        assertThat(list(new OrderFilter(null, null, null, null, null, null, null, "100%_"))
                        .total())
                .isZero();

        assertThat(queries.handle(new ListOrdersQuery(OrderFilter.all(), "total", false, 0, 50))
                        .items())
                .extracting(o -> o.total() == null ? null : o.total().amount().toPlainString())
                .containsExactly(null, "8.00", "25.00", "36.00", "40.00");
        assertThat(queries.handle(new ListOrdersQuery(OrderFilter.all(), "amazonOrderId", false, 0, 50))
                        .items())
                .extracting(OrderView::amazonOrderId)
                .isSorted();
        OrderPage second = queries.handle(new ListOrdersQuery(OrderFilter.all(), "purchaseDate", true, 1, 2));
        assertThat(second.total()).isEqualTo(5);
        assertThat(second.page()).isEqualTo(1);
        assertThat(second.items()).hasSize(2);
        assertThat(queries.handle(new ListOrdersQuery(OrderFilter.all(), "purchaseDate", true, 2, 2))
                        .items())
                .hasSize(1);
    }

    @Test
    void statusCardsAndOrdersPerDay() {
        aFewDaysOfOrders();
        OrderSummaryView summary = queries.handle(new OrderSummaryQuery(account(ACCOUNT)));
        assertThat(summary.orders()).isEqualTo(4);
        assertThat(summary.byStatus())
                .containsExactly(
                        new OrderStatusCount(OrderStatus.PENDING, 1),
                        new OrderStatusCount(OrderStatus.UNSHIPPED, 0),
                        new OrderStatusCount(OrderStatus.PARTIALLY_SHIPPED, 0),
                        new OrderStatusCount(OrderStatus.SHIPPED, 2),
                        new OrderStatusCount(OrderStatus.CANCELLED, 1));
        assertThat(summary.unmatchedItems()).isEqualTo(1);
        assertThat(queries.handle(new OrderSummaryQuery(
                                new OrderFilter(null, OrderStatus.SHIPPED, null, null, null, null, null, null)))
                        .orders())
                .as("the cards ignore the status filter")
                .isEqualTo(5);

        List<OrdersPerDayView> days = queries.handle(new OrdersPerDayQuery(OrderFilter.all()));
        assertThat(days)
                .containsExactly(
                        new OrdersPerDayView(LocalDate.parse("2026-03-02"), 1, 2),
                        new OrdersPerDayView(LocalDate.parse("2026-03-03"), 2, 4),
                        new OrdersPerDayView(LocalDate.parse("2026-03-04"), 2, 4));
    }

    @Test
    void theDetailHasItemsLinkedInventoryAndHistoryAndTheUnmatchedListFollowsPicksAndIgnores() {
        aFewDaysOfOrders();
        AmazonOrderId id1 = idOf(ACCOUNT, "205-0000001-0000001");
        OrderDetailView one = queries.handle(new FindOrderQuery(id1)).orElseThrow();
        assertThat(one.order().status()).isEqualTo(OrderStatus.SHIPPED);
        assertThat(one.items()).singleElement().satisfies(i -> {
            assertThat(i.item().sellerSku()).isEqualTo("BOOK-1");
            assertThat(i.item().quantityShipped()).isEqualTo(2);
            assertThat(i.item().unitPrice()).isEqualTo(Money.of("12.50", "GBP"));
            assertThat(i.item().linePrice()).isEqualTo(Money.of("25.00", "GBP"));
            assertThat(i.item().promotionIds()).containsExactly("PROMO-1");
            assertThat(i.linkedUnits()).isEqualTo(2);
            assertThat(i.linked())
                    .extracting(l -> l.itemId().value() + ":" + l.units() + ":" + l.salePrice())
                    .containsExactly("item-a:1:GBP 12.50", "item-b:1:GBP 12.50");
        });
        assertThat(one.history())
                .extracting(h -> h.event())
                .containsExactly(
                        "OrderImportedEvent", "OrderUpdatedEvent", "OrderItemLinkedEvent", "OrderItemLinkedEvent");
        assertThat(one.history().get(1).description()).contains("Unshipped").contains("Shipped");

        OrderDetailView four = queries.handle(new FindOrderQuery(idOf(ACCOUNT, "205-0000004-0000004")))
                .orElseThrow();
        assertThat(four.summary().status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(four.items().get(0).linked()).as("released on cancellation").isEmpty();
        assertThat(four.summary().linkedUnits()).isZero();
        assertThat(queries.handle(new FindOrderQuery(idOf(ACCOUNT, "nope")))).isEmpty();

        UnmatchedOrderItemPage unmatched = queries.handle(new ListUnmatchedOrderItemsQuery(ACCOUNT, 0, 50));
        assertThat(unmatched.total()).isEqualTo(1);
        assertThat(unmatched.items()).singleElement().satisfies(u -> {
            assertThat(u.amazonOrderId()).isEqualTo("205-0000003-0000003");
            assertThat(u.orderItemId()).isEqualTo("OI-3b");
            assertThat(u.sellerSku()).isEqualTo("CD-4");
            assertThat(u.unmatchedUnits()).isEqualTo(2);
            assertThat(u.unitPrice()).isEqualTo(Money.of("5.00", "GBP"));
        });
        assertThat(queries.handle(new ListUnmatchedOrderItemsQuery(OTHER, 0, 50))
                        .total())
                .isZero();

        AmazonOrderId id3 = idOf(ACCOUNT, "205-0000003-0000003");
        apply(new OrderItemLinkedEvent(
                id3,
                ACCOUNT,
                "OI-3b",
                "CD-4",
                new InventoryItemId("item-e"),
                "L-E",
                1,
                Money.of("5.00", "GBP"),
                true,
                1,
                1,
                DAY.plusSeconds(5 * 86400)));
        apply(new OrderItemIgnoredEvent(id3, ACCOUNT, "OI-3b", "CD-4", 1, 0, DAY.plusSeconds(5 * 86400)));
        assertThat(queries.handle(new ListUnmatchedOrderItemsQuery(null, 0, 50)).total())
                .isZero();
        OrderDetailView three = queries.handle(new FindOrderQuery(id3)).orElseThrow();
        assertThat(three.items().get(1)).satisfies(i -> {
            assertThat(i.linkedUnits()).isEqualTo(1);
            assertThat(i.unmatchedUnits()).isZero();
            assertThat(i.ignoredUnits()).isEqualTo(1);
            assertThat(i.linked())
                    .singleElement()
                    .satisfies(l -> assertThat(l.byUser()).isTrue());
        });
        assertThat(three.summary().linkedUnits()).isEqualTo(2);
        assertThat(three.summary().unmatchedUnits()).isZero();
    }

    @Test
    void aRedeliveredOrOlderEventChangesNothing() {
        aFewDaysOfOrders();
        List<Map<String, Object>> before = snapshot();
        tx.executeWithoutResult(s -> stored.forEach(m -> dispatch(projection, m)));
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void aRebuildByReplayEqualsTheLiveReadModel() {
        aFewDaysOfOrders();
        AmazonOrderId id3 = idOf(ACCOUNT, "205-0000003-0000003");
        apply(new OrderItemIgnoredEvent(id3, ACCOUNT, "OI-3b", "CD-4", 2, 0, DAY.plusSeconds(5 * 86400)));
        List<Map<String, Object>> live = snapshot();
        OrderPage liveList = list(OrderFilter.all());
        OrderSummaryView liveSummary = queries.handle(new OrderSummaryQuery(OrderFilter.all()));

        tx.executeWithoutResult(s -> {
            projection.reset();
            stored.forEach(m -> dispatch(projection, m));
        });

        assertThat(snapshot()).isEqualTo(live);
        assertThat(list(OrderFilter.all())).isEqualTo(liveList);
        assertThat(queries.handle(new OrderSummaryQuery(OrderFilter.all()))).isEqualTo(liveSummary);
        assertThat(ReplayableProjections.NAMES).contains(OrderProjection.GROUP);
    }

    /** Every row of the three tables, in a stable order. */
    private List<Map<String, Object>> snapshot() {
        List<Map<String, Object>> rows = new ArrayList<>();
        rows.addAll(jdbc.queryForList("select * from order_view order by order_id"));
        rows.addAll(jdbc.queryForList("select * from order_item order by order_id, order_item_id"));
        rows.addAll(jdbc.queryForList("select * from order_link order by order_id, order_item_id, item_id"));
        return rows;
    }
}
