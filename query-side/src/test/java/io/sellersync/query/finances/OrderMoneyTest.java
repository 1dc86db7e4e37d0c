// SPDX-License-Identifier: Apache-2.0
package io.sellersync.query.finances;

import static io.sellersync.messages.finances.BreakdownNode.leaf;
import static io.sellersync.messages.finances.BreakdownNode.of;
import static org.assertj.core.api.Assertions.assertThat;

import io.sellersync.messages.accounts.AccountId;
import io.sellersync.messages.finances.AmazonTransaction;
import io.sellersync.messages.finances.BreakdownNode;
import io.sellersync.messages.finances.FinancialTransactionId;
import io.sellersync.messages.finances.OrderReconciliationFlag;
import io.sellersync.messages.finances.OrderReconciliationPage;
import io.sellersync.messages.finances.OrderReconciliationQuery;
import io.sellersync.messages.finances.OrderReconciliationView;
import io.sellersync.messages.finances.RelatedIdentifier;
import io.sellersync.messages.finances.SkuSummaryPage;
import io.sellersync.messages.finances.SkuSummaryQuery;
import io.sellersync.messages.finances.SkuSummaryView;
import io.sellersync.messages.finances.SoldUnitsQuery;
import io.sellersync.messages.finances.SoldUnitsView;
import io.sellersync.messages.finances.TransactionItem;
import io.sellersync.messages.finances.TransactionRecordedEvent;
import io.sellersync.messages.inventory.InventoryItemCreatedEvent;
import io.sellersync.messages.inventory.InventoryItemId;
import io.sellersync.messages.inventory.InventoryStatus;
import io.sellersync.messages.inventory.ItemCondition;
import io.sellersync.messages.orders.AmazonOrder;
import io.sellersync.messages.orders.AmazonOrderId;
import io.sellersync.messages.orders.FulfillmentChannel;
import io.sellersync.messages.orders.OrderImportedEvent;
import io.sellersync.messages.orders.OrderItem;
import io.sellersync.messages.orders.OrderItemLinkedEvent;
import io.sellersync.messages.orders.OrderStatus;
import io.sellersync.messages.shared.MarketplaceId;
import io.sellersync.messages.shared.Money;
import io.sellersync.query.ProjectionDatabase;
import io.sellersync.query.orders.OrderProjection;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The order side of the money against the real PostgreSQL, from the {@code finances} and {@code orders} read models
 * together: order total against sales, orders without transactions after N days (cancelled and pending ones not),
 * transactions without a known order, the filter of each flag, sold units with their share of the line's money summing
 * to the line to the cent, SKU margins from the linked units' own cost, and the same figures after a replay of either
 * projection.
 */
@SpringBootTest(classes = ProjectionDatabase.class)
@TestPropertySource("classpath:projection-database.properties")
class OrderMoneyTest {

    private static final AccountId ACCOUNT = new AccountId("acc-fin-orders");
    private static final MarketplaceId UK = new MarketplaceId("A1F83G8C2ARO7P");
    /** Thirty days before the queries' clock. */
    private static final Instant DAY = Instant.parse("2026-03-02T10:00:00Z");

    private static final Instant NOW = DAY.plus(Duration.ofDays(30));

    @Autowired
    FinanceProjection finances;

    @Autowired
    OrderProjection orders;

    @Autowired
    SoldUnitQueries soldUnits;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate tx;

    private ReconciliationQueries reconciliation;
    private final List<DomainEventMessage<?>> financeEvents = new ArrayList<>();
    private final List<DomainEventMessage<?>> orderEvents = new ArrayList<>();
    private final Map<String, Long> sequences = new HashMap<>();

    @BeforeEach
    void empty() {
        reconciliation = new ReconciliationQueries(jdbc, Clock.fixed(NOW, ZoneOffset.UTC), Duration.ofDays(14));
        tx.executeWithoutResult(s -> {
            new AnnotationEventHandlerAdapter(finances).prepareReset();
            new AnnotationEventHandlerAdapter(orders).prepareReset();
        });
        jdbc.update("delete from sync_cursor where account_id = ?", ACCOUNT.value());
        financeEvents.clear();
        orderEvents.clear();
        sequences.clear();
    }

    // ---- building blocks

    private static OrderItem line(String id, String sku, int quantity, String unit) {
        Money price = Money.of(unit, "GBP");
        Money total = new Money(price.amount().multiply(BigDecimal.valueOf(quantity)), price.currency());
        return new OrderItem(id, "B0" + sku, sku, "Title " + sku, quantity, quantity, price, total, List.of(), null);
    }

    private void order(String id, OrderStatus status, Instant purchased, String total, OrderItem... items) {
        AmazonOrder order = new AmazonOrder(
                id,
                UK,
                purchased,
                purchased.plusSeconds(3600),
                status.name(),
                status,
                FulfillmentChannel.MERCHANT,
                purchased.plus(Duration.ofDays(2)),
                null,
                total == null ? null : Money.of(total, "GBP"),
                List.of(items));
        AmazonOrderId orderId = AmazonOrderId.of(ACCOUNT, id);
        publishOrder(new OrderImportedEvent(orderId, ACCOUNT, order, purchased.plusSeconds(3600)), orderId);
    }

    private void link(String order, String orderItem, String sku, String item, int units, int linked, Instant at) {
        AmazonOrderId orderId = AmazonOrderId.of(ACCOUNT, order);
        publishOrder(
                new OrderItemLinkedEvent(
                        orderId,
                        ACCOUNT,
                        orderItem,
                        sku,
                        new InventoryItemId(item),
                        "L-" + item,
                        units,
                        null,
                        false,
                        linked,
                        0,
                        at),
                orderId);
    }

    private void publishOrder(Object event, AmazonOrderId id) {
        long sequence = sequences.merge(id.value(), 1L, Long::sum) - 1;
        GenericDomainEventMessage<Object> message =
                new GenericDomainEventMessage<>("AmazonOrder", id.value(), sequence, event);
        orderEvents.add(message);
        deliver(orders, message);
    }

    private static List<BreakdownNode> tree(String sales, String commission) {
        return List.of(
                of("Sales", sales, leaf("Principal", sales)),
                of("Expenses", commission, of("AmazonFees", commission, leaf("Commission", commission))));
    }

    /** A shipment of {@code order} posted at {@code posted}: its sales and commission, one item per (sku, qty, sales, fee). */
    private void shipment(String id, String order, Instant posted, String sales, String commission, Object... items) {
        List<TransactionItem> lines = new ArrayList<>();
        for (int i = 0; i < items.length; i += 4) {
            String sku = (String) items[i];
            int quantity = (Integer) items[i + 1];
            String itemSales = (String) items[i + 2];
            String itemFee = (String) items[i + 3];
            lines.add(new TransactionItem(
                    "Product",
                    sku,
                    "B0" + sku,
                    quantity,
                    "MFN",
                    new BigDecimal(itemSales).add(new BigDecimal(itemFee)),
                    tree(itemSales, itemFee)));
        }
        BigDecimal total = new BigDecimal(sales).add(new BigDecimal(commission));
        AmazonTransaction t = new AmazonTransaction(
                id,
                "Shipment",
                "RELEASED",
                "Order payment",
                posted,
                UK,
                order,
                "G1",
                null,
                null,
                null,
                "MFN",
                new Money(total, Currency.getInstance("GBP")),
                tree(sales, commission),
                lines,
                List.of(new RelatedIdentifier("ORDER_ID", order)),
                null,
                null);
        FinancialTransactionId txId = FinancialTransactionId.of(ACCOUNT, id);
        GenericDomainEventMessage<Object> message = new GenericDomainEventMessage<>(
                "FinancialTransaction", txId.value(), 0, new TransactionRecordedEvent(txId, ACCOUNT, t, posted));
        financeEvents.add(message);
        deliver(finances, message);
    }

    private void cost(String item, String cost) {
        GenericDomainEventMessage<Object> message = new GenericDomainEventMessage<>(
                "InventoryItem",
                item,
                0,
                new InventoryItemCreatedEvent(
                        new InventoryItemId(item),
                        "L-" + item,
                        null,
                        "Thing",
                        ItemCondition.NEW_NEW,
                        Money.of("10.00", "GBP"),
                        5,
                        Money.of(cost, "GBP"),
                        InventoryStatus.LISTED,
                        null,
                        "test"));
        financeEvents.add(message);
        deliver(finances, message);
    }

    private void deliver(Object projection, DomainEventMessage<?> message) {
        tx.executeWithoutResult(s -> {
            try {
                new AnnotationEventHandlerAdapter(projection).handle(message);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** What a replay does: the reset handler, then every stored event again, in order. */
    private void replay(Object projection, List<DomainEventMessage<?>> events) {
        AnnotationEventHandlerAdapter adapter = new AnnotationEventHandlerAdapter(projection);
        tx.executeWithoutResult(s -> {
            adapter.prepareReset();
            for (DomainEventMessage<?> m : events) {
                try {
                    adapter.handle(m);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
        });
    }

    /**
     * Orders: A reconciled; B sold for less than its total; C shipped 30 days ago without any transaction; D cancelled
     * and P pending without transactions (not flagged); E shipped 3 days ago without transactions (not yet); M three
     * units of one line linked to two inventory items; L two lines (2 + 1 units) each linked. Transactions for X, an
     * order sellersync does not know, 15 days after the account's first known purchase, and for OLD, 3 days after it
     * (its order may have been bought before the orders synced reach back).
     */
    private void aMonthOfOrdersAndMoney() {
        order("205-A", OrderStatus.SHIPPED, DAY, "20.00", line("A1", "SKU-A", 1, "20.00"));
        shipment("S-A", "205-A", DAY.plus(Duration.ofDays(1)), "20.00", "-3.00", "SKU-A", 1, "20.00", "-3.00");
        order("205-B", OrderStatus.SHIPPED, DAY, "30.00", line("B1", "SKU-B", 1, "30.00"));
        shipment("S-B", "205-B", DAY.plus(Duration.ofDays(1)), "25.00", "-3.75", "SKU-B", 1, "25.00", "-3.75");
        order("205-C", OrderStatus.SHIPPED, DAY, "12.00", line("C1", "SKU-C", 1, "12.00"));
        order("205-D", OrderStatus.CANCELLED, DAY, "0.00", line("D1", "SKU-D", 1, "9.00"));
        order("205-P", OrderStatus.PENDING, DAY, null, line("P1", "SKU-P", 1, "9.00"));
        order("205-E", OrderStatus.SHIPPED, NOW.minus(Duration.ofDays(3)), "8.00", line("E1", "SKU-E", 1, "8.00"));
        order("205-M", OrderStatus.SHIPPED, DAY, "10.00", line("M1", "SKU-M", 3, "3.3333"));
        link("205-M", "M1", "SKU-M", "item-1", 1, 1, DAY.plusSeconds(100));
        link("205-M", "M1", "SKU-M", "item-2", 2, 3, DAY.plusSeconds(200));
        shipment("S-M", "205-M", DAY.plus(Duration.ofDays(2)), "10.00", "-1.51", "SKU-M", 3, "10.00", "-1.51");
        order(
                "205-L",
                OrderStatus.SHIPPED,
                DAY,
                "25.00",
                line("L1", "SKU-L1", 2, "7.50"),
                line("L2", "SKU-L2", 1, "10.00"));
        link("205-L", "L1", "SKU-L1", "item-3", 2, 2, DAY.plusSeconds(100));
        link("205-L", "L2", "SKU-L2", "item-4", 1, 1, DAY.plusSeconds(100));
        shipment(
                "S-L",
                "205-L",
                DAY.plus(Duration.ofDays(2)),
                "25.00",
                "-3.76",
                "SKU-L1",
                2,
                "15.01",
                "-2.25",
                "SKU-L2",
                1,
                "9.99",
                "-1.51");
        shipment("S-X", "205-X", DAY.plus(Duration.ofDays(15)), "5.00", "-0.75", "SKU-X", 1, "5.00", "-0.75");
        shipment("S-OLD", "205-OLD", DAY.plus(Duration.ofDays(3)), "6.00", "-0.90", "SKU-O", 1, "6.00", "-0.90");
        cost("item-1", "2.00");
        cost("item-2", "3.00");
    }

    /** The order sync's cursor as the sync-cursors projection keeps it. */
    private void ordersReadTo(Instant position) {
        jdbc.update("delete from sync_cursor where cursor_id = ?", "orders-cursor-" + ACCOUNT.value());
        jdbc.update(
                "insert into sync_cursor (cursor_id, account_id, data_set, position) values (?, ?, 'ORDERS', ?)",
                "orders-cursor-" + ACCOUNT.value(),
                ACCOUNT.value(),
                java.sql.Timestamp.from(position));
    }

    private OrderReconciliationPage page(OrderReconciliationFlag flag) {
        return reconciliation.handle(new OrderReconciliationQuery(ACCOUNT, null, false, flag, 0, 50));
    }

    private static List<String> ids(OrderReconciliationPage page) {
        return page.items().stream().map(OrderReconciliationView::orderId).toList();
    }

    private OrderReconciliationView one(String orderId) {
        return reconciliation
                .handle(new OrderReconciliationQuery(ACCOUNT, orderId, false, 0, 5))
                .items()
                .get(0);
    }

    @Test
    void eachFlagFindsItsOrdersAndMismatchesComeFirst() {
        aMonthOfOrdersAndMoney();
        assertThat(page(OrderReconciliationFlag.WITHOUT_ORDER).items())
                .as("the order sync has not read anything yet: any order may still come")
                .isEmpty();
        ordersReadTo(DAY.plus(Duration.ofDays(10)));
        assertThat(page(OrderReconciliationFlag.WITHOUT_ORDER).items())
                .as("X was posted after the order sync's cursor: its order may be in the part not read yet")
                .isEmpty();
        ordersReadTo(NOW.minus(Duration.ofMinutes(3)));
        OrderReconciliationPage all = page(null);
        assertThat(ids(all))
                .as("C without transactions (no money), not D (cancelled), P (pending) or E (3 days old)")
                .containsExactlyInAnyOrder("205-A", "205-B", "205-C", "205-M", "205-L", "205-X", "205-OLD");
        assertThat(all.mismatches()).isEqualTo(3);
        assertThat(ids(all).subList(0, 3)).containsExactlyInAnyOrder("205-B", "205-C", "205-X");
        assertThat(ids(page(OrderReconciliationFlag.TOTAL_MISMATCH))).containsExactly("205-B");
        assertThat(ids(page(OrderReconciliationFlag.WITHOUT_TRANSACTIONS))).containsExactly("205-C");
        assertThat(ids(page(OrderReconciliationFlag.WITHOUT_ORDER)))
                .as("OLD was posted within 14 days of the account's first known purchase: its order may be older")
                .containsExactly("205-X");
        assertThat(page(OrderReconciliationFlag.UNCATEGORISED).items()).isEmpty();
        assertThat(all.count(OrderReconciliationFlag.TOTAL_MISMATCH)).isEqualTo(1);
        assertThat(all.count(OrderReconciliationFlag.WITHOUT_TRANSACTIONS)).isEqualTo(1);
        assertThat(all.count(OrderReconciliationFlag.WITHOUT_ORDER)).isEqualTo(1);
        assertThat(page(OrderReconciliationFlag.WITHOUT_ORDER).total()).isEqualTo(1);
        assertThat(ids(reconciliation.handle(new OrderReconciliationQuery(ACCOUNT, null, true, 0, 50))))
                .containsExactlyInAnyOrder("205-B", "205-C", "205-X");

        OrderReconciliationView b = one("205-B");
        assertThat(b.orderKnown()).isTrue();
        assertThat(b.orderStatus()).isEqualTo(OrderStatus.SHIPPED);
        assertThat(b.orderTotal()).isEqualTo(Money.of("30.00", "GBP"));
        assertThat(b.sales().amount()).isEqualByComparingTo("25.00");
        assertThat(b.difference().amount()).isEqualByComparingTo("5.00");
        assertThat(b.flagKinds()).containsExactly(OrderReconciliationFlag.TOTAL_MISMATCH);
        assertThat(b.flags().get(0)).startsWith(ReconciliationQueries.ORDER_TOTAL);

        OrderReconciliationView a = one("205-A");
        assertThat(a.difference().amount()).isEqualByComparingTo("0");
        assertThat(a.mismatch()).isFalse();
        assertThat(a.flags()).isEmpty();

        OrderReconciliationView c = one("205-C");
        assertThat(c.transactions()).isZero();
        assertThat(c.firstPosted()).isNull();
        assertThat(c.currency()).isEqualTo("GBP");
        assertThat(c.sales().amount()).isEqualByComparingTo("0");
        assertThat(c.purchaseDate()).isEqualTo(DAY);
        assertThat(c.mismatch()).isTrue();
        assertThat(c.flags().get(0)).startsWith(ReconciliationQueries.WITHOUT_TRANSACTIONS + " 14 days");

        OrderReconciliationView x = one("205-X");
        assertThat(x.orderKnown()).isFalse();
        assertThat(x.orderTotal()).isNull();
        assertThat(x.difference()).isNull();
        assertThat(x.flags()).containsExactly(ReconciliationQueries.WITHOUT_ORDER);

        OrderReconciliationView e = one("205-E");
        assertThat(e.transactions())
                .as("searched for: shown though not overdue")
                .isZero();
        assertThat(e.mismatch()).isFalse();
        assertThat(reconciliation
                        .handle(new OrderReconciliationQuery(ACCOUNT, "205-D", false, 0, 5))
                        .items())
                .as("a cancelled order without money is not listed without a reason")
                .hasSize(1)
                .allSatisfy(d -> assertThat(d.mismatch()).isFalse());

        ReconciliationQueries sooner =
                new ReconciliationQueries(jdbc, Clock.fixed(NOW, ZoneOffset.UTC), Duration.ofHours(12));
        assertThat(ids(sooner.handle(new OrderReconciliationQuery(
                        ACCOUNT, null, false, OrderReconciliationFlag.WITHOUT_TRANSACTIONS, 0, 50))))
                .as("after 12 hours E is overdue too (it was promised to ship a day ago)")
                .containsExactlyInAnyOrder("205-C", "205-E");
    }

    @Test
    void soldUnitsShareTheirLinesMoneyToTheCent() {
        aMonthOfOrdersAndMoney();
        List<SoldUnitsView> m = soldUnits.handle(SoldUnitsQuery.ofOrder(AmazonOrderId.of(ACCOUNT, "205-M")));
        assertThat(m).extracting(v -> v.itemId().value()).containsExactly("item-1", "item-2");
        SoldUnitsView first = m.get(0);
        SoldUnitsView second = m.get(1);
        assertThat(first.lineUnits()).isEqualTo(3);
        assertThat(first.transactions()).isEqualTo(1);
        // 10.00 / 3 = 3.34 + 3.33 + 3.33; -1.51 / 3 = -0.51 + -0.50 + -0.50 (floor, the remainder cents first)
        assertThat(first.gross().amount()).isEqualByComparingTo("3.34");
        assertThat(second.gross().amount()).isEqualByComparingTo("6.66");
        assertThat(first.fees().amount()).isEqualByComparingTo("-0.50");
        assertThat(second.fees().amount()).isEqualByComparingTo("-1.01");
        assertThat(first.net().amount()).isEqualByComparingTo("2.83");
        assertThat(second.net().amount()).isEqualByComparingTo("5.66");
        assertThat(sum(m, SoldUnitsView::gross)).isEqualByComparingTo("10.00");
        assertThat(sum(m, SoldUnitsView::fees)).isEqualByComparingTo("-1.51");
        assertThat(sum(m, SoldUnitsView::net)).isEqualByComparingTo("8.49");
        assertThat(first.cost()).isEqualTo(Money.of("2.00", "GBP"));
        assertThat(second.cost().amount()).isEqualByComparingTo("6.00");
        assertThat(second.margin().amount()).isEqualByComparingTo("-0.34");

        List<SoldUnitsView> l = soldUnits.handle(SoldUnitsQuery.ofOrder(AmazonOrderId.of(ACCOUNT, "205-L")));
        assertThat(l).extracting(SoldUnitsView::orderItemId).containsExactly("L1", "L2");
        assertThat(l.get(0).gross().amount())
                .as("the line's own item, not the order")
                .isEqualByComparingTo("15.01");
        assertThat(l.get(0).net().amount()).isEqualByComparingTo("12.76");
        assertThat(l.get(1).gross().amount()).isEqualByComparingTo("9.99");
        assertThat(l.get(1).cost()).as("no cost known").isNull();

        List<SoldUnitsView> item2 = soldUnits.handle(SoldUnitsQuery.ofItem(new InventoryItemId("item-2")));
        assertThat(item2).containsExactly(second);

        SkuSummaryView skuM = reconciliation
                .handle(new SkuSummaryQuery(ACCOUNT, null, null, "SKU-M", 0, 10))
                .items()
                .get(0);
        assertThat(skuM.unitsAtActualCost()).isEqualTo(3);
        assertThat(skuM.cost().amount()).as("1 × 2.00 + 2 × 3.00").isEqualByComparingTo("8.00");
        assertThat(skuM.margin().amount()).isEqualByComparingTo("0.49");
        SkuSummaryView skuL2 = reconciliation
                .handle(new SkuSummaryQuery(ACCOUNT, null, null, "SKU-L2", 0, 10))
                .items()
                .get(0);
        assertThat(skuL2.margin()).as("its item has no cost").isNull();
    }

    @Test
    void manyWaysOfSplittingAlwaysAddUpToTheLine() {
        for (String amount : List.of("10.00", "-1.51", "0.01", "-0.01", "99.99", "7", "0.005", "-123.47")) {
            BigDecimal a = new BigDecimal(amount);
            for (int n = 1; n <= 7; n++) {
                BigDecimal sum = BigDecimal.ZERO;
                BigDecimal min = null;
                BigDecimal max = null;
                for (int unit = 0; unit < n; unit++) {
                    BigDecimal share = UnitSplit.share(a, n, unit, 1, 2);
                    sum = sum.add(share);
                    min = min == null || share.compareTo(min) < 0 ? share : min;
                    max = max == null || share.compareTo(max) > 0 ? share : max;
                }
                assertThat(sum).as(amount + " / " + n).isEqualByComparingTo(a);
                assertThat(max.subtract(min).abs()).isLessThanOrEqualTo(new BigDecimal("0.01"));
                assertThat(UnitSplit.share(a, n, 0, n, 2)).isEqualByComparingTo(a);
            }
        }
    }

    @Test
    void aReplayOfEitherProjectionGivesTheSameFigures() {
        aMonthOfOrdersAndMoney();
        OrderReconciliationPage before = page(null);
        SkuSummaryPage skus = reconciliation.handle(new SkuSummaryQuery(ACCOUNT, null, null, null, 0, 50));
        List<SoldUnitsView> m = soldUnits.handle(SoldUnitsQuery.ofOrder(AmazonOrderId.of(ACCOUNT, "205-M")));
        List<SoldUnitsView> l = soldUnits.handle(SoldUnitsQuery.ofOrder(AmazonOrderId.of(ACCOUNT, "205-L")));

        replay(finances, financeEvents);
        assertThat(page(null)).isEqualTo(before);
        assertThat(reconciliation.handle(new SkuSummaryQuery(ACCOUNT, null, null, null, 0, 50)))
                .isEqualTo(skus);
        assertThat(soldUnits.handle(SoldUnitsQuery.ofOrder(AmazonOrderId.of(ACCOUNT, "205-M"))))
                .isEqualTo(m);

        replay(orders, orderEvents);
        assertThat(page(null)).isEqualTo(before);
        assertThat(reconciliation.handle(new SkuSummaryQuery(ACCOUNT, null, null, null, 0, 50)))
                .isEqualTo(skus);
        assertThat(soldUnits.handle(SoldUnitsQuery.ofOrder(AmazonOrderId.of(ACCOUNT, "205-M"))))
                .isEqualTo(m);
        assertThat(soldUnits.handle(SoldUnitsQuery.ofOrder(AmazonOrderId.of(ACCOUNT, "205-L"))))
                .isEqualTo(l);
    }

    private static BigDecimal sum(List<SoldUnitsView> views, Function<SoldUnitsView, Money> figure) {
        return views.stream().map(v -> figure.apply(v).amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
