// SPDX-License-Identifier: Apache-2.0
package io.sellersync.command.orders;

import io.sellersync.messages.accounts.AccountId;
import io.sellersync.messages.inventory.InventoryItemId;
import io.sellersync.messages.orders.AmazonOrder;
import io.sellersync.messages.orders.AmazonOrderId;
import io.sellersync.messages.orders.FulfillmentChannel;
import io.sellersync.messages.orders.IgnoreUnmatchedOrderItemCommand;
import io.sellersync.messages.orders.ImportOrderCommand;
import io.sellersync.messages.orders.OrderImportedEvent;
import io.sellersync.messages.orders.OrderItem;
import io.sellersync.messages.orders.OrderItemIgnoredEvent;
import io.sellersync.messages.orders.OrderItemLinkedEvent;
import io.sellersync.messages.orders.OrderItemUnlinkedEvent;
import io.sellersync.messages.orders.OrderItemUnmatchedEvent;
import io.sellersync.messages.orders.OrderStatus;
import io.sellersync.messages.orders.OrderUpdatedEvent;
import io.sellersync.messages.orders.RecordOrderItemLinkCommand;
import io.sellersync.messages.orders.RecordOrderItemUnlinkCommand;
import io.sellersync.messages.orders.RecordOrderItemUnmatchedCommand;
import io.sellersync.messages.orders.ReleaseReason;
import io.sellersync.messages.shared.BusinessException;
import io.sellersync.messages.shared.MarketplaceId;
import io.sellersync.messages.shared.Money;
import java.time.Instant;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AmazonOrderTest {

    static final AccountId ACCOUNT = new AccountId("acc-1");
    static final String AMAZON_ID = "202-1234567-7654321";
    static final AmazonOrderId ID = AmazonOrderId.of(ACCOUNT, AMAZON_ID);
    static final Instant PURCHASED = Instant.parse("2026-03-02T10:00:00Z");
    static final Instant T1 = Instant.parse("2026-03-02T10:05:00Z");
    static final Instant T2 = Instant.parse("2026-03-03T08:00:00Z");
    static final Instant SEEN = Instant.parse("2026-03-03T12:00:00Z");
    static final InventoryItemId ITEM_A = new InventoryItemId("item-a");
    static final InventoryItemId ITEM_B = new InventoryItemId("item-b");
    static final Money PRICE = Money.of("12.50", "GBP");

    private AggregateTestFixture<AmazonOrderAggregate> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(AmazonOrderAggregate.class);
    }

    static AmazonOrder order(OrderStatus status, Instant lastUpdated, int ordered, int shipped) {
        return new AmazonOrder(
                AMAZON_ID,
                new MarketplaceId("A1F83G8C2ARO7P"),
                PURCHASED,
                lastUpdated,
                status.name(),
                status,
                FulfillmentChannel.MERCHANT,
                Instant.parse("2026-03-04T23:59:59Z"),
                null,
                Money.of("25.00", "GBP"),
                List.of(new OrderItem(
                        "item-1",
                        "B00EXAMPLE",
                        "SKU-1",
                        "A book",
                        ordered,
                        shipped,
                        PRICE,
                        Money.of("25.00", "GBP"),
                        List.of(),
                        null)));
    }

    static OrderImportedEvent imported(AmazonOrder order) {
        return new OrderImportedEvent(ID, ACCOUNT, order, SEEN);
    }

    @Test
    void a_new_order_is_imported() {
        AmazonOrder order = order(OrderStatus.UNSHIPPED, T1, 2, 0);
        fixture.givenNoPriorActivity()
                .when(new ImportOrderCommand(ID, ACCOUNT, order, SEEN))
                .expectSuccessfulHandlerExecution()
                .expectEvents(imported(order));
    }

    @Test
    void a_newer_last_update_is_an_update() {
        AmazonOrder before = order(OrderStatus.UNSHIPPED, T1, 2, 0);
        AmazonOrder after = order(OrderStatus.SHIPPED, T2, 2, 2);
        fixture.given(imported(before))
                .when(new ImportOrderCommand(ID, ACCOUNT, after, SEEN))
                .expectEvents(new OrderUpdatedEvent(ID, ACCOUNT, OrderStatus.UNSHIPPED, T1, after, SEEN));
    }

    @Test
    void an_older_last_update_changes_nothing() {
        AmazonOrder newer = order(OrderStatus.SHIPPED, T2, 2, 2);
        AmazonOrder older = order(OrderStatus.UNSHIPPED, T1, 2, 0);
        fixture.given(imported(newer))
                .when(new ImportOrderCommand(ID, ACCOUNT, older, SEEN))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void an_equal_last_update_changes_nothing_even_when_read_again_later() {
        AmazonOrder order = order(OrderStatus.UNSHIPPED, T1, 2, 0);
        fixture.given(imported(order))
                .when(new ImportOrderCommand(ID, ACCOUNT, order, SEEN.plusSeconds(3600)))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void an_order_of_another_account_is_refused_naming_the_field() {
        AmazonOrder order = order(OrderStatus.UNSHIPPED, T1, 2, 0);
        fixture.givenNoPriorActivity()
                .when(new ImportOrderCommand(ID, new AccountId("acc-2"), order, SEEN))
                .expectException(BusinessException.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("acc-1@" + AMAZON_ID));
    }

    @Test
    void links_record_the_difference_the_inventory_reports_and_repeats_change_nothing() {
        AmazonOrder shipped = order(OrderStatus.SHIPPED, T2, 2, 2);
        fixture.given(imported(shipped))
                .when(new RecordOrderItemLinkCommand(ID, "item-1", ITEM_A, "L-1", 1, PRICE, false, SEEN))
                .expectEvents(new OrderItemLinkedEvent(
                        ID, ACCOUNT, "item-1", "SKU-1", ITEM_A, "L-1", 1, PRICE, false, 1, 0, SEEN));
        fixture.given(
                        imported(shipped),
                        new OrderItemLinkedEvent(
                                ID, ACCOUNT, "item-1", "SKU-1", ITEM_A, "L-1", 1, PRICE, false, 1, 0, SEEN))
                .when(new RecordOrderItemLinkCommand(ID, "item-1", ITEM_A, "L-1", 1, PRICE, false, SEEN))
                .expectNoEvents();
    }

    @Test
    void unmatched_units_are_recorded_once_and_linking_them_by_hand_closes_them() {
        AmazonOrder shipped = order(OrderStatus.SHIPPED, T2, 2, 2);
        OrderItemUnmatchedEvent unmatched =
                new OrderItemUnmatchedEvent(ID, ACCOUNT, "item-1", "SKU-1", "B00EXAMPLE", "A book", 2, SEEN);
        fixture.given(imported(shipped))
                .when(new RecordOrderItemUnmatchedCommand(ID, "item-1", SEEN))
                .expectEvents(unmatched);
        fixture.given(imported(shipped), unmatched)
                .when(new RecordOrderItemUnmatchedCommand(ID, "item-1", SEEN))
                .expectNoEvents();
        fixture.given(imported(shipped), unmatched)
                .when(new RecordOrderItemLinkCommand(ID, "item-1", ITEM_B, "L-2", 2, PRICE, true, SEEN))
                .expectEvents(new OrderItemLinkedEvent(
                        ID, ACCOUNT, "item-1", "SKU-1", ITEM_B, "L-2", 2, PRICE, true, 2, 0, SEEN));
    }

    @Test
    void partial_shipment_leaves_only_the_shipped_units_open() {
        AmazonOrder partial = order(OrderStatus.PARTIALLY_SHIPPED, T2, 3, 1);
        fixture.given(imported(partial))
                .when(new RecordOrderItemUnmatchedCommand(ID, "item-1", SEEN))
                .expectEvents(
                        new OrderItemUnmatchedEvent(ID, ACCOUNT, "item-1", "SKU-1", "B00EXAMPLE", "A book", 1, SEEN));
    }

    @Test
    void ignoring_closes_the_open_units_and_nothing_open_is_refused() {
        AmazonOrder shipped = order(OrderStatus.SHIPPED, T2, 2, 2);
        OrderItemUnmatchedEvent unmatched =
                new OrderItemUnmatchedEvent(ID, ACCOUNT, "item-1", "SKU-1", "B00EXAMPLE", "A book", 2, SEEN);
        fixture.given(imported(shipped), unmatched)
                .when(new IgnoreUnmatchedOrderItemCommand(ID, "item-1"))
                .expectEvents(new OrderItemIgnoredEvent(ID, ACCOUNT, "item-1", "SKU-1", 2, 0, fixture.currentTime()));
        fixture.given(imported(shipped))
                .when(new IgnoreUnmatchedOrderItemCommand(ID, "item-1"))
                .expectException(BusinessException.class);
        // after ignoring, the units are not open again
        fixture.given(
                        imported(shipped),
                        unmatched,
                        new OrderItemIgnoredEvent(ID, ACCOUNT, "item-1", "SKU-1", 2, 0, SEEN))
                .when(new RecordOrderItemUnmatchedCommand(ID, "item-1", SEEN))
                .expectNoEvents();
    }

    @Test
    void cancellation_unlinks_and_a_repeat_changes_nothing() {
        AmazonOrder shipped = order(OrderStatus.SHIPPED, T2, 2, 2);
        AmazonOrder cancelled = order(OrderStatus.CANCELLED, T2.plusSeconds(60), 2, 0);
        OrderItemLinkedEvent linked =
                new OrderItemLinkedEvent(ID, ACCOUNT, "item-1", "SKU-1", ITEM_A, "L-1", 2, PRICE, false, 2, 0, SEEN);
        OrderUpdatedEvent cancel = new OrderUpdatedEvent(ID, ACCOUNT, OrderStatus.SHIPPED, T2, cancelled, SEEN);
        OrderItemUnlinkedEvent unlinked = new OrderItemUnlinkedEvent(
                ID, ACCOUNT, "item-1", ITEM_A, "L-1", 2, ReleaseReason.CANCELLED, 0, 0, SEEN);
        fixture.given(imported(shipped), linked, cancel)
                .when(new RecordOrderItemUnlinkCommand(ID, "item-1", ITEM_A, ReleaseReason.CANCELLED, SEEN))
                .expectEvents(unlinked);
        fixture.given(imported(shipped), linked, cancel, unlinked)
                .when(new RecordOrderItemUnlinkCommand(ID, "item-1", ITEM_A, ReleaseReason.CANCELLED, SEEN))
                .expectNoEvents();
    }

    @Test
    void returned_units_are_not_open_again() {
        AmazonOrder shipped = order(OrderStatus.SHIPPED, T2, 1, 1);
        fixture.given(
                        imported(shipped),
                        new OrderItemLinkedEvent(
                                ID, ACCOUNT, "item-1", "SKU-1", ITEM_A, "L-1", 1, PRICE, false, 1, 0, SEEN),
                        new OrderItemUnlinkedEvent(
                                ID, ACCOUNT, "item-1", ITEM_A, "L-1", 1, ReleaseReason.RETURNED, 0, 0, SEEN))
                .when(new RecordOrderItemUnmatchedCommand(ID, "item-1", SEEN))
                .expectNoEvents();
    }

    @Test
    void an_unknown_order_item_is_refused_naming_the_field() {
        fixture.given(imported(order(OrderStatus.SHIPPED, T2, 1, 1)))
                .when(new RecordOrderItemUnmatchedCommand(ID, "nope", SEEN))
                .expectException(BusinessException.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("nope"));
    }
}
