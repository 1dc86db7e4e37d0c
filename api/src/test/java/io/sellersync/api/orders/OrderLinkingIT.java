// SPDX-License-Identifier: Apache-2.0
package io.sellersync.api.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.sellersync.api.SellersyncIntegrationTest;
import io.sellersync.messages.accounts.AccountId;
import io.sellersync.messages.inventory.CreateInventoryItemCommand;
import io.sellersync.messages.inventory.FindInventoryItemQuery;
import io.sellersync.messages.inventory.InventoryItemId;
import io.sellersync.messages.inventory.InventoryItemView;
import io.sellersync.messages.inventory.InventoryStatus;
import io.sellersync.messages.inventory.InventoryUnitsSoldEvent;
import io.sellersync.messages.inventory.ItemCondition;
import io.sellersync.messages.orders.AmazonOrder;
import io.sellersync.messages.orders.AmazonOrderId;
import io.sellersync.messages.orders.FulfillmentChannel;
import io.sellersync.messages.orders.IgnoreUnmatchedOrderItemCommand;
import io.sellersync.messages.orders.ImportOrderCommand;
import io.sellersync.messages.orders.OrderItem;
import io.sellersync.messages.orders.OrderItemIgnoredEvent;
import io.sellersync.messages.orders.OrderItemLinkedEvent;
import io.sellersync.messages.orders.OrderItemUnlinkedEvent;
import io.sellersync.messages.orders.OrderItemUnmatchedEvent;
import io.sellersync.messages.orders.OrderStatus;
import io.sellersync.messages.orders.ReconcileOrderLinksCommand;
import io.sellersync.messages.orders.ReleaseOrderItemCommand;
import io.sellersync.messages.orders.ReleaseReason;
import io.sellersync.messages.orders.ResolveUnmatchedOrderItemCommand;
import io.sellersync.messages.orders.UnitPick;
import io.sellersync.messages.shared.MarketplaceId;
import io.sellersync.messages.shared.Money;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Inventory linking through the whole application: orders go in as the sync sends them ({@code ImportOrderCommand}),
 * the {@code order-linking} policy sells the listed item whose local SKU is the seller SKU, else the oldest listed
 * units of the ASIN, partial shipments link what shipped,
 * cancellations give units back, unmatched units wait for the seller to pick units or ignore them, returns release
 * them as returned, and sending every order again or running every order's linking again changes nothing.
 */
@SellersyncIntegrationTest
class OrderLinkingIT {

    static final MarketplaceId UK = new MarketplaceId("A1F83G8C2ARO7P");
    static final Instant T0 = Instant.parse("2026-03-02T10:00:00Z");

    @Autowired
    CommandGateway commands;

    @Autowired
    QueryGateway queries;

    @Autowired
    EventStore events;

    AccountId account;
    String run;

    @BeforeEach
    void setUp() {
        run = UUID.randomUUID().toString().substring(0, 8);
        account = new AccountId("link-" + run);
    }

    @Test
    void aShippedItemSellsTheOldestMatchingListedUnitsFirst() {
        String sku = "LNK-FIFO-" + run;
        // local SKUs are unique: units of one ASIN under several local SKUs, sold oldest first
        InventoryItemId a = item(sku + "-1", asin("F"), InventoryStatus.LISTED, 1);
        InventoryItemId b = item(sku + "-2", asin("F"), InventoryStatus.LISTED, 1);
        InventoryItemId c = item(sku + "-3", asin("F"), InventoryStatus.LISTED, 1);
        InventoryItemId backlog = item(sku + "-4", asin("F"), InventoryStatus.BACKLOG, 1);
        AmazonOrderId order =
                importOrder("202-0000001-" + run, OrderStatus.SHIPPED, T0, line("oi-1", sku, asin("F"), 2, 2));

        awaitStatus(a, InventoryStatus.SOLD);
        awaitStatus(b, InventoryStatus.SOLD);
        assertThat(status(c)).isEqualTo(InventoryStatus.LISTED);
        assertThat(status(backlog)).isEqualTo(InventoryStatus.BACKLOG);
        List<OrderItemLinkedEvent> linked = orderEvents(order, OrderItemLinkedEvent.class);
        assertThat(linked).extracting(OrderItemLinkedEvent::itemId).containsExactly(a, b);
        assertThat(linked)
                .extracting(OrderItemLinkedEvent::salePrice)
                .allMatch(p -> p.sameAmount(Money.of("9.99", "GBP")));
        InventoryUnitsSoldEvent sold =
                itemEvents(a, InventoryUnitsSoldEvent.class).get(0);
        assertThat(sold.amazonOrderId()).isEqualTo("202-0000001-" + run);
        assertThat(sold.salePrice().sameAmount(Money.of("9.99", "GBP"))).isTrue();
    }

    @Test
    void aPartialShipmentLinksWhatShippedAndTheRestWhenItShips() {
        String sku = "LNK-PART-" + run;
        InventoryItemId other = item(sku + "-OLD", asin("P"), InventoryStatus.LISTED, 1);
        InventoryItemId lot = item(sku, asin("P"), InventoryStatus.LISTED, 3);
        AmazonOrderId order = importOrder(
                "202-0000002-" + run, OrderStatus.PARTIALLY_SHIPPED, T0, line("oi-1", sku, asin("P"), 3, 1));
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(linkedUnits(order)).isEqualTo(1));
        assertThat(status(lot)).isEqualTo(InventoryStatus.LISTED);

        importOrder(
                "202-0000002-" + run, OrderStatus.SHIPPED, T0.plusSeconds(3600), line("oi-1", sku, asin("P"), 3, 3));
        awaitStatus(lot, InventoryStatus.SOLD);
        assertThat(linkedUnits(order)).isEqualTo(3);
        assertThat(status(other)).isEqualTo(InventoryStatus.LISTED);
        assertThat(orderEvents(order, OrderItemLinkedEvent.class))
                .extracting(OrderItemLinkedEvent::itemId)
                .containsOnly(lot);
    }

    @Test
    void aCancellationGivesTheUnitsBackAndAReturnMarksThemReturned() {
        String sku = "LNK-CANC-" + run;
        InventoryItemId unit = item(sku, asin("C"), InventoryStatus.LISTED, 1);
        AmazonOrderId order =
                importOrder("202-0000003-" + run, OrderStatus.SHIPPED, T0, line("oi-1", sku, asin("C"), 1, 1));
        awaitStatus(unit, InventoryStatus.SOLD);
        importOrder(
                "202-0000003-" + run, OrderStatus.CANCELLED, T0.plusSeconds(600), line("oi-1", sku, asin("C"), 1, 0));
        awaitStatus(unit, InventoryStatus.LISTED);
        assertThat(orderEvents(order, OrderItemUnlinkedEvent.class))
                .extracting(OrderItemUnlinkedEvent::reason)
                .containsExactly(ReleaseReason.CANCELLED);
        assertThat(linkedUnits(order)).isZero();

        String sku2 = "LNK-RET-" + run;
        InventoryItemId returned = item(sku2, asin("R"), InventoryStatus.LISTED, 1);
        InventoryItemId spare = item(sku2 + "-2", asin("R"), InventoryStatus.LISTED, 1);
        AmazonOrderId order2 =
                importOrder("202-0000004-" + run, OrderStatus.SHIPPED, T0, line("oi-1", sku2, asin("R"), 1, 1));
        awaitStatus(returned, InventoryStatus.SOLD);
        Integer released = commands.sendAndWait(new ReleaseOrderItemCommand(order2, "oi-1", ReleaseReason.RETURNED));
        assertThat(released).isEqualTo(1);
        awaitStatus(returned, InventoryStatus.RETURNED);
        commands.sendAndWait(new ReconcileOrderLinksCommand(order2));
        assertThat(status(spare))
                .as("a returned unit is not sold again from other stock")
                .isEqualTo(InventoryStatus.LISTED);
    }

    @Test
    void unmatchedUnitsWaitUntilTheSellerPicksUnitsOrIgnoresThem() {
        String sku = "LNK-UNM-" + run;
        AmazonOrderId order = importOrder(
                "202-0000005-" + run,
                OrderStatus.SHIPPED,
                T0,
                line("oi-1", sku, asin("U"), 2, 2),
                line("oi-2", sku + "-B", asin("V"), 1, 1));
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(orderEvents(order, OrderItemUnmatchedEvent.class))
                        .extracting(e -> e.orderItemId() + "=" + e.unmatchedUnits())
                        .contains("oi-1=2", "oi-2=1"));

        InventoryItemId picked = item("LOCAL-" + run, null, InventoryStatus.LISTED, 2);
        assertThatThrownBy(() -> commands.sendAndWait(
                        new ResolveUnmatchedOrderItemCommand(order, "oi-1", List.of(new UnitPick(picked, 3)))))
                .isInstanceOf(CommandExecutionException.class)
                .hasMessageContaining("3 unit(s) picked")
                .hasMessageContaining("has 2 unmatched");
        Integer linked = commands.sendAndWait(
                new ResolveUnmatchedOrderItemCommand(order, "oi-1", List.of(new UnitPick(picked, 2))));
        assertThat(linked).isEqualTo(2);
        awaitStatus(picked, InventoryStatus.SOLD);
        OrderItemLinkedEvent byHand =
                orderEvents(order, OrderItemLinkedEvent.class).get(0);
        assertThat(byHand.byUser()).isTrue();
        assertThat(byHand.localSku()).isEqualTo("LOCAL-" + run);
        assertThat(byHand.unmatchedUnits()).isZero();

        commands.sendAndWait(new IgnoreUnmatchedOrderItemCommand(order, "oi-2"));
        assertThat(orderEvents(order, OrderItemIgnoredEvent.class))
                .extracting(OrderItemIgnoredEvent::units)
                .containsExactly(1);
        assertThatThrownBy(() -> commands.sendAndWait(new IgnoreUnmatchedOrderItemCommand(order, "oi-2")))
                .isInstanceOf(CommandExecutionException.class)
                .hasMessageContaining("no unmatched units");
    }

    @Test
    void sendingEveryOrderAgainAndRunningEveryOrdersLinkingAgainChangesNothing() {
        String sku = "LNK-IDEM-" + run;
        List<InventoryItemId> units = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            units.add(item(sku + "-" + i, asin("I"), InventoryStatus.LISTED, 1));
        }
        List<ImportOrderCommand> sent = new ArrayList<>();
        List<AmazonOrderId> orders = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ImportOrderCommand command = command(
                    "202-000001" + i + "-" + run,
                    OrderStatus.SHIPPED,
                    T0.plusSeconds(i),
                    List.of(line("oi-1", sku, asin("I"), 1, 1)));
            sent.add(command);
            orders.add(command.orderId());
            commands.sendAndWait(command);
        }
        ImportOrderCommand unmatched = command(
                "202-0000019-" + run, OrderStatus.SHIPPED, T0, List.of(line("oi-1", sku + "-NONE", asin("N"), 1, 1)));
        sent.add(unmatched);
        orders.add(unmatched.orderId());
        commands.sendAndWait(unmatched);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(units.stream().filter(u -> status(u) == InventoryStatus.SOLD))
                    .hasSize(3);
            assertThat(orderEvents(unmatched.orderId(), OrderItemUnmatchedEvent.class))
                    .hasSize(1);
        });
        String before = snapshot(orders, units);

        for (ImportOrderCommand command : sent) {
            commands.sendAndWait(new ImportOrderCommand(
                    command.orderId(), command.accountId(), command.order(), T0.plusSeconds(86_400)));
        }
        for (AmazonOrderId order : orders) {
            commands.sendAndWait(new ReconcileOrderLinksCommand(order));
        }
        for (AmazonOrderId order : orders) {
            commands.sendAndWait(new ReconcileOrderLinksCommand(order));
        }
        await().pollDelay(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).until(() -> true);
        assertThat(snapshot(orders, units)).isEqualTo(before);
        assertThat(units.stream().filter(u -> status(u) == InventoryStatus.LISTED))
                .hasSize(1);
    }

    /** Every event of the orders and the items, in words: what must not change. */
    private String snapshot(List<AmazonOrderId> orders, List<InventoryItemId> units) {
        List<String> all = new ArrayList<>();
        orders.forEach(o -> events.readEvents(o.value()).asStream().forEach(m -> all.add(o + ":" + m.getPayload())));
        units.forEach(u -> events.readEvents(u.value()).asStream().forEach(m -> all.add(u + ":" + m.getPayload())));
        return all.stream().collect(Collectors.joining("\n"));
    }

    /** An ASIN of this run only (10 capitals and digits), so items of earlier runs never match. */
    private String asin(String tag) {
        return ("B" + tag + run).toUpperCase(java.util.Locale.ROOT);
    }

    private InventoryItemId item(String sku, String asin, InventoryStatus status, int quantity) {
        InventoryItemId id = InventoryItemId.random();
        commands.sendAndWait(new CreateInventoryItemCommand(
                id,
                sku.length() > 40 ? sku.substring(0, 40) : sku,
                asin,
                "Linking test item",
                ItemCondition.USED_GOOD,
                Money.of("9.50", "GBP"),
                quantity,
                null,
                status,
                null,
                "OrderLinkingIT"));
        await().atMost(Duration.ofSeconds(30)).until(() -> view(id) != null);
        sleepAMoment();
        return id;
    }

    /** Items created in the same millisecond would have no order; the test's items are a few ms apart. */
    private static void sleepAMoment() {
        try {
            Thread.sleep(5);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private InventoryItemView view(InventoryItemId id) {
        return queries.query(new FindInventoryItemQuery(id), ResponseTypes.optionalInstanceOf(InventoryItemView.class))
                .join()
                .orElse(null);
    }

    private InventoryStatus status(InventoryItemId id) {
        InventoryItemView v = view(id);
        return v == null ? null : v.status();
    }

    private void awaitStatus(InventoryItemId id, InventoryStatus status) {
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(status(id)).isEqualTo(status));
    }

    private int linkedUnits(AmazonOrderId order) {
        int linked = 0;
        for (Object e : events.readEvents(order.value())
                .asStream()
                .map(m -> m.getPayload())
                .toList()) {
            if (e instanceof OrderItemLinkedEvent l) {
                linked += l.units();
            } else if (e instanceof OrderItemUnlinkedEvent u) {
                linked -= u.units();
            }
        }
        return linked;
    }

    private <T> List<T> orderEvents(AmazonOrderId order, Class<T> type) {
        return events.readEvents(order.value())
                .asStream()
                .map(m -> m.getPayload())
                .filter(type::isInstance)
                .map(type::cast)
                .toList();
    }

    private <T> List<T> itemEvents(InventoryItemId item, Class<T> type) {
        return events.readEvents(item.value())
                .asStream()
                .map(m -> m.getPayload())
                .filter(type::isInstance)
                .map(type::cast)
                .toList();
    }

    private AmazonOrderId importOrder(String amazonOrderId, OrderStatus status, Instant updated, OrderItem... items) {
        ImportOrderCommand command = command(amazonOrderId, status, updated, List.of(items));
        commands.sendAndWait(command);
        return command.orderId();
    }

    private ImportOrderCommand command(
            String amazonOrderId, OrderStatus status, Instant updated, List<OrderItem> items) {
        AmazonOrderId id = AmazonOrderId.of(account, amazonOrderId);
        AmazonOrder order = new AmazonOrder(
                amazonOrderId,
                UK,
                T0.minusSeconds(3600),
                updated,
                status.name(),
                status,
                FulfillmentChannel.MERCHANT,
                T0.plusSeconds(86_400),
                T0.plusSeconds(5 * 86_400),
                Money.of("19.98", "GBP"),
                items);
        return new ImportOrderCommand(id, account, order, updated);
    }

    private static OrderItem line(String id, String sku, String asin, int ordered, int shipped) {
        return new OrderItem(
                id,
                asin,
                sku,
                "Linking test item",
                ordered,
                shipped,
                Money.of("9.99", "GBP"),
                Money.of("9.99", "GBP"),
                List.of(),
                null);
    }
}
