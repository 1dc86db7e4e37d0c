// SPDX-License-Identifier: Apache-2.0
package io.sellersync.command.inventory;

import io.sellersync.messages.inventory.InventoryItemCreatedEvent;
import io.sellersync.messages.inventory.InventoryItemId;
import io.sellersync.messages.inventory.InventoryItemStatusChangedEvent;
import io.sellersync.messages.inventory.InventoryStatus;
import io.sellersync.messages.inventory.InventoryUnitsReleasedEvent;
import io.sellersync.messages.inventory.InventoryUnitsSoldEvent;
import io.sellersync.messages.inventory.ItemCondition;
import io.sellersync.messages.inventory.ReleaseInventoryUnitsCommand;
import io.sellersync.messages.inventory.SellInventoryUnitsCommand;
import io.sellersync.messages.shared.Money;
import java.util.Optional;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Order linking on the inventory side: units sold to a sale key, idempotently, and given back. */
class InventoryUnitsTest {

    private static final InventoryItemId ID = new InventoryItemId("item-1");
    private static final Money PRICE = Money.of("12.00", "GBP");
    private static final Money SALE = Money.of("14.99", "GBP");
    private static final String KEY = "acc-1@202-1-1#oi-1";
    private static final String OTHER_KEY = "acc-1@202-2-2#oi-9";

    private AggregateTestFixture<InventoryItem> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(InventoryItem.class);
        fixture.registerInjectableResource((LocalSkus) sku -> Optional.empty());
    }

    private static InventoryItemCreatedEvent created(int quantity, InventoryStatus status) {
        return new InventoryItemCreatedEvent(
                ID,
                "L-1",
                "B00EXAMPLE",
                "A book",
                ItemCondition.USED_GOOD,
                PRICE,
                quantity,
                null,
                status,
                null,
                "test");
    }

    @Test
    void sells_what_is_asked_and_the_item_is_sold_when_every_unit_is() {
        fixture.given(created(2, InventoryStatus.LISTED))
                .when(new SellInventoryUnitsCommand(ID, KEY, "202-1-1", 2, SALE))
                .expectResultMessagePayload(2)
                .expectEvents(
                        new InventoryUnitsSoldEvent(ID, "L-1", KEY, "202-1-1", 2, SALE, 2),
                        new InventoryItemStatusChangedEvent(
                                ID,
                                "L-1",
                                InventoryStatus.LISTED,
                                InventoryStatus.SOLD,
                                "sold by Amazon order 202-1-1"));
    }

    @Test
    void a_repeat_changes_nothing_and_answers_what_the_sale_holds() {
        fixture.given(
                        created(3, InventoryStatus.LISTED),
                        new InventoryUnitsSoldEvent(ID, "L-1", KEY, "202-1-1", 1, SALE, 1))
                .when(new SellInventoryUnitsCommand(ID, KEY, "202-1-1", 1, SALE))
                .expectResultMessagePayload(1)
                .expectNoEvents();
    }

    @Test
    void sells_no_more_than_is_left_and_nothing_when_not_listed() {
        fixture.given(
                        created(2, InventoryStatus.LISTED),
                        new InventoryUnitsSoldEvent(ID, "L-1", OTHER_KEY, "202-2-2", 1, SALE, 1))
                .when(new SellInventoryUnitsCommand(ID, KEY, "202-1-1", 5, SALE))
                .expectResultMessagePayload(1)
                .expectEvents(
                        new InventoryUnitsSoldEvent(ID, "L-1", KEY, "202-1-1", 1, SALE, 2),
                        new InventoryItemStatusChangedEvent(
                                ID,
                                "L-1",
                                InventoryStatus.LISTED,
                                InventoryStatus.SOLD,
                                "sold by Amazon order 202-1-1"));
        fixture.given(created(1, InventoryStatus.BACKLOG))
                .when(new SellInventoryUnitsCommand(ID, KEY, "202-1-1", 1, SALE))
                .expectResultMessagePayload(0)
                .expectNoEvents();
    }

    @Test
    void a_cancellation_gives_the_units_back_and_lists_the_item_again() {
        fixture.given(
                        created(1, InventoryStatus.LISTED),
                        new InventoryUnitsSoldEvent(ID, "L-1", KEY, "202-1-1", 1, SALE, 1),
                        new InventoryItemStatusChangedEvent(
                                ID,
                                "L-1",
                                InventoryStatus.LISTED,
                                InventoryStatus.SOLD,
                                "sold by Amazon order 202-1-1"))
                .when(new ReleaseInventoryUnitsCommand(ID, KEY, false))
                .expectResultMessagePayload(1)
                .expectEvents(
                        new InventoryUnitsReleasedEvent(ID, "L-1", KEY, "202-1-1", 1, false, 0),
                        new InventoryItemStatusChangedEvent(
                                ID,
                                "L-1",
                                InventoryStatus.SOLD,
                                InventoryStatus.LISTED,
                                "Amazon order cancelled, 202-1-1"));
    }

    @Test
    void a_return_makes_the_item_returned_and_a_repeat_changes_nothing() {
        fixture.given(
                        created(1, InventoryStatus.LISTED),
                        new InventoryUnitsSoldEvent(ID, "L-1", KEY, "202-1-1", 1, SALE, 1),
                        new InventoryItemStatusChangedEvent(
                                ID, "L-1", InventoryStatus.LISTED, InventoryStatus.SOLD, "sold"))
                .when(new ReleaseInventoryUnitsCommand(ID, KEY, true))
                .expectEvents(
                        new InventoryUnitsReleasedEvent(ID, "L-1", KEY, "202-1-1", 1, true, 0),
                        new InventoryItemStatusChangedEvent(
                                ID,
                                "L-1",
                                InventoryStatus.SOLD,
                                InventoryStatus.RETURNED,
                                "returned, Amazon order 202-1-1"));
        fixture.given(created(1, InventoryStatus.LISTED))
                .when(new ReleaseInventoryUnitsCommand(ID, KEY, true))
                .expectResultMessagePayload(0)
                .expectNoEvents();
    }
}
