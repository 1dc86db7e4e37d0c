// SPDX-License-Identifier: Apache-2.0
package io.sellersync.command.inventory;

import io.sellersync.messages.inventory.ChangeInventoryItemPriceCommand;
import io.sellersync.messages.inventory.ChangeInventoryItemStatusCommand;
import io.sellersync.messages.inventory.CreateInventoryItemCommand;
import io.sellersync.messages.inventory.InventoryItemCreatedEvent;
import io.sellersync.messages.inventory.InventoryItemDetailsChangedEvent;
import io.sellersync.messages.inventory.InventoryItemId;
import io.sellersync.messages.inventory.InventoryItemPriceChangedEvent;
import io.sellersync.messages.inventory.InventoryItemStatusChangedEvent;
import io.sellersync.messages.inventory.InventoryStatus;
import io.sellersync.messages.inventory.ItemCondition;
import io.sellersync.messages.inventory.UpdateInventoryItemCommand;
import io.sellersync.messages.shared.BusinessException;
import io.sellersync.messages.shared.ErrorCode;
import io.sellersync.messages.shared.Money;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.matchers.Matchers;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class InventoryItemTest {

    private static final InventoryItemId ID = new InventoryItemId("item-1");
    private static final InventoryItemId OTHER = new InventoryItemId("item-2");
    private static final Money PRICE = Money.of("12.00", "GBP");

    private final Map<String, InventoryItemId> claimed = new HashMap<>();
    private AggregateTestFixture<InventoryItem> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(InventoryItem.class);
        fixture.registerInjectableResource((LocalSkus) sku -> Optional.ofNullable(claimed.get(sku)));
    }

    private static CreateInventoryItemCommand create(Money price, int quantity, Money cost) {
        return new CreateInventoryItemCommand(
                ID,
                "SKU-1",
                "B00EXAMPLE",
                "Blue mug",
                ItemCondition.USED_GOOD,
                price,
                quantity,
                cost,
                InventoryStatus.BACKLOG,
                "chip on rim",
                "created by hand");
    }

    private static CreateInventoryItemCommand create() {
        return create(PRICE, 1, Money.of("4.00", "GBP"));
    }

    private static InventoryItemCreatedEvent created() {
        return new InventoryItemCreatedEvent(
                ID,
                "SKU-1",
                "B00EXAMPLE",
                "Blue mug",
                ItemCondition.USED_GOOD,
                PRICE,
                1,
                Money.of("4.00", "GBP"),
                InventoryStatus.BACKLOG,
                "chip on rim",
                "created by hand");
    }

    private static UpdateInventoryItemCommand update(String sku, Money price, int quantity, InventoryStatus status) {
        return new UpdateInventoryItemCommand(
                ID,
                sku,
                "B00EXAMPLE",
                "Blue mug",
                ItemCondition.USED_GOOD,
                price,
                quantity,
                Money.of("4.00", "GBP"),
                status,
                "chip on rim");
    }

    private static Matcher<?> refused(ErrorCode code, String field) {
        return Matchers.predicate(e -> e instanceof BusinessException b
                && b.error().code() == code
                && field.equals(b.error().field()));
    }

    private void expectRefused(CreateInventoryItemCommand command, String field) {
        fixture.givenNoPriorActivity()
                .when(command)
                .expectNoEvents()
                .expectException(refused(ErrorCode.INVALID_INPUT, field));
    }

    private static CreateInventoryItemCommand withSku(String sku) {
        CreateInventoryItemCommand c = create();
        return new CreateInventoryItemCommand(
                c.itemId(),
                sku,
                c.asin(),
                c.title(),
                c.condition(),
                c.price(),
                c.quantity(),
                c.cost(),
                c.status(),
                c.notes(),
                c.source());
    }

    @Test
    void createsAnItem() {
        fixture.givenNoPriorActivity()
                .when(create())
                .expectSuccessfulHandlerExecution()
                .expectEvents(created());
    }

    @Test
    void createsAnUnpricedBacklogItemWithoutAsinTitleOrNotes() {
        CreateInventoryItemCommand bare = new CreateInventoryItemCommand(
                ID, "SKU-1", "", " ", ItemCondition.NEW_NEW, null, 1, null, InventoryStatus.BACKLOG, "", null);
        fixture.givenNoPriorActivity()
                .when(bare)
                .expectEvents(new InventoryItemCreatedEvent(
                        ID,
                        "SKU-1",
                        null,
                        null,
                        ItemCondition.NEW_NEW,
                        null,
                        1,
                        null,
                        InventoryStatus.BACKLOG,
                        null,
                        null));
    }

    @Test
    void theSameCreationAgainChangesNothing() {
        fixture.given(created())
                .when(create())
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aCreationWithOtherValuesForAnExistingIdIsAConflict() {
        fixture.given(created())
                .when(create(Money.of("13.00", "GBP"), 1, null))
                .expectNoEvents()
                .expectException(refused(ErrorCode.CONFLICT, "itemId"));
    }

    @Test
    void refusesAMissingLocalSku() {
        expectRefused(withSku(" "), "localSku");
    }

    @Test
    void refusesALocalSkuLongerThanAmazonAllows() {
        expectRefused(withSku("S".repeat(41)), "localSku");
    }

    @Test
    void refusesALocalSkuWithSurroundingSpacesOrAngleBrackets() {
        expectRefused(withSku(" SKU-1"), "localSku");
        expectRefused(withSku("SKU<1>"), "localSku");
    }

    @Test
    void refusesAnAsinThatIsNotTenCapitalsOrDigits() {
        CreateInventoryItemCommand c = create();
        expectRefused(
                new CreateInventoryItemCommand(
                        ID, "SKU-1", "b00example", null, c.condition(), PRICE, 1, null, c.status(), null, null),
                "asin");
    }

    @Test
    void refusesATitleLongerThan500Characters() {
        CreateInventoryItemCommand c = create();
        expectRefused(
                new CreateInventoryItemCommand(
                        ID, "SKU-1", null, "t".repeat(501), c.condition(), PRICE, 1, null, c.status(), null, null),
                "title");
    }

    @Test
    void refusesNotesLongerThan2000Characters() {
        CreateInventoryItemCommand c = create();
        expectRefused(
                new CreateInventoryItemCommand(
                        ID, "SKU-1", null, null, c.condition(), PRICE, 1, null, c.status(), "n".repeat(2001), null),
                "notes");
    }

    @Test
    void refusesAMissingCondition() {
        expectRefused(
                new CreateInventoryItemCommand(
                        ID, "SKU-1", null, null, null, PRICE, 1, null, InventoryStatus.BACKLOG, null, null),
                "condition");
    }

    @Test
    void refusesAMissingStatus() {
        expectRefused(
                new CreateInventoryItemCommand(
                        ID, "SKU-1", null, null, ItemCondition.NEW_NEW, PRICE, 1, null, null, null, null),
                "status");
    }

    @Test
    void refusesAZeroOrNegativePrice() {
        expectRefused(create(Money.of("0.00", "GBP"), 1, null), "price");
        expectRefused(create(Money.of("-1.00", "GBP"), 1, null), "price");
    }

    @Test
    void refusesMoreDecimalsThanTheCurrencyHas() {
        expectRefused(create(Money.of("12.501", "GBP"), 1, null), "price");
        expectRefused(create(Money.of("1200.5", "JPY"), 1, null), "price");
    }

    @Test
    @Timeout(10)
    void refusesAPriceOrCostTooLargeForTheReadModelsWithoutExpandingIt() {
        expectRefused(create(Money.of("10000000000", "GBP"), 1, null), "price");
        expectRefused(create(Money.of("1e999999999", "GBP"), 1, null), "price");
        expectRefused(create(Money.of("1E+11", "GBP"), 1, null), "price");
        expectRefused(create(PRICE, 1, Money.of("12345678901.00", "GBP")), "cost");
        expectRefused(create(Money.of("1e-999999999", "GBP"), 1, null), "price");
    }

    @Test
    void acceptsTheLargestAmount() {
        fixture.givenNoPriorActivity()
                .when(create(Money.of("9999999999.99", "GBP"), 1, null))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void acceptsTrailingZerosBeyondTheCurrencyDigits() {
        fixture.givenNoPriorActivity()
                .when(create(Money.of("1200.00", "JPY"), 1, null))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void refusesANegativeQuantityOrMoreThanAMillion() {
        expectRefused(create(PRICE, -1, null), "quantity");
        expectRefused(create(PRICE, 1_000_001, null), "quantity");
    }

    @Test
    void acceptsZeroQuantity() {
        fixture.givenNoPriorActivity().when(create(PRICE, 0, null)).expectSuccessfulHandlerExecution();
    }

    @Test
    void refusesANegativeCost() {
        expectRefused(create(PRICE, 1, Money.of("-0.01", "GBP")), "cost");
    }

    @Test
    void refusesACostInAnotherCurrencyThanThePrice() {
        expectRefused(create(PRICE, 1, Money.of("4.00", "EUR")), "cost");
    }

    @Test
    void refusesACostWithTooManyDecimals() {
        expectRefused(create(PRICE, 1, Money.of("4.001", "GBP")), "cost");
    }

    @Test
    void refusesALocalSkuAnotherItemHolds() {
        claimed.put("SKU-1", OTHER);
        fixture.givenNoPriorActivity()
                .when(create())
                .expectNoEvents()
                .expectException(refused(ErrorCode.CONFLICT, "localSku"));
    }

    @Test
    void updatesOnlyWhatChanged() {
        fixture.given(created())
                .when(update("SKU-1", PRICE, 3, InventoryStatus.BACKLOG))
                .expectEvents(new InventoryItemDetailsChangedEvent(
                        ID, "SKU-1", List.of("quantity"), null, null, null, null, 3, null, null));
    }

    @Test
    void anUpdateWithTheSameValuesChangesNothing() {
        fixture.given(created())
                .when(update("SKU-1", Money.of("12", "GBP"), 1, InventoryStatus.BACKLOG))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void anUpdateRecordsPriceAndStatusAsTheirOwnEvents() {
        Money newPrice = Money.of("11.50", "GBP");
        fixture.given(created())
                .when(update("SKU-2", newPrice, 1, InventoryStatus.LISTED))
                .expectEvents(
                        new InventoryItemDetailsChangedEvent(
                                ID, "SKU-1", List.of("localSku"), "SKU-2", null, null, null, null, null, null),
                        new InventoryItemPriceChangedEvent(ID, "SKU-1", PRICE, newPrice, "edited"),
                        new InventoryItemStatusChangedEvent(
                                ID, "SKU-1", InventoryStatus.BACKLOG, InventoryStatus.LISTED, "edited"));
    }

    @Test
    void anUpdateCanClearValues() {
        UpdateInventoryItemCommand cleared = new UpdateInventoryItemCommand(
                ID, "SKU-1", "", "Blue mug", ItemCondition.USED_GOOD, null, 1, null, InventoryStatus.BACKLOG, null);
        fixture.given(created())
                .when(cleared)
                .expectEvents(
                        new InventoryItemDetailsChangedEvent(
                                ID,
                                "SKU-1",
                                List.of("asin", "cost", "notes"),
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null),
                        new InventoryItemPriceChangedEvent(ID, "SKU-1", PRICE, null, "edited"));
    }

    @Test
    void anUpdateRefusesAnotherItemsLocalSku() {
        claimed.put("SKU-2", OTHER);
        fixture.given(created())
                .when(update("SKU-2", PRICE, 1, InventoryStatus.BACKLOG))
                .expectNoEvents()
                .expectException(refused(ErrorCode.CONFLICT, "localSku"));
    }

    @Test
    void anUpdateKeepingItsOwnSkuIsNotAConflict() {
        claimed.put("SKU-1", ID);
        fixture.given(created())
                .when(update("SKU-1", PRICE, 2, InventoryStatus.BACKLOG))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void anUpdateAppliesTheSameFieldRules() {
        fixture.given(created())
                .when(update("SKU-1", Money.of("0", "GBP"), 1, InventoryStatus.BACKLOG))
                .expectNoEvents()
                .expectException(refused(ErrorCode.INVALID_INPUT, "price"));
        fixture.given(created())
                .when(update("SKU-1", PRICE, -3, InventoryStatus.BACKLOG))
                .expectNoEvents()
                .expectException(refused(ErrorCode.INVALID_INPUT, "quantity"));
        fixture.given(created())
                .when(update("SKU-1", PRICE, 1, null))
                .expectNoEvents()
                .expectException(refused(ErrorCode.INVALID_INPUT, "status"));
        fixture.given(created())
                .when(update("", PRICE, 1, InventoryStatus.BACKLOG))
                .expectNoEvents()
                .expectException(refused(ErrorCode.INVALID_INPUT, "localSku"));
    }

    @Test
    void changesThePriceWithAReason() {
        Money amazons = Money.of("11.50", "GBP");
        fixture.given(created())
                .when(new ChangeInventoryItemPriceCommand(ID, amazons, "use Amazon's price"))
                .expectEvents(new InventoryItemPriceChangedEvent(ID, "SKU-1", PRICE, amazons, "use Amazon's price"));
    }

    @Test
    void describesAPriceChangeInWords() {
        InventoryItemPriceChangedEvent event =
                new InventoryItemPriceChangedEvent(ID, "SKU-1", PRICE, Money.of("11.5", "GBP"), "use Amazon's price");
        org.assertj.core.api.Assertions.assertThat(event.describe())
                .isEqualTo("Price of SKU-1 changed from GBP 12.00 to GBP 11.50 (use Amazon's price)");
    }

    @Test
    void theSamePriceAgainChangesNothing() {
        fixture.given(created())
                .when(new ChangeInventoryItemPriceCommand(ID, Money.of("12", "GBP"), "use Amazon's price"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aPriceChangeMustBePositiveAndPresent() {
        fixture.given(created())
                .when(new ChangeInventoryItemPriceCommand(ID, Money.of("-2", "GBP"), null))
                .expectNoEvents()
                .expectException(refused(ErrorCode.INVALID_INPUT, "price"));
        fixture.given(created())
                .when(new ChangeInventoryItemPriceCommand(ID, null, null))
                .expectNoEvents()
                .expectException(refused(ErrorCode.INVALID_INPUT, "price"));
    }

    @Test
    void aPriceChangeKeepsTheCostsCurrency() {
        fixture.given(created())
                .when(new ChangeInventoryItemPriceCommand(ID, Money.of("14.00", "EUR"), null))
                .expectNoEvents()
                .expectException(refused(ErrorCode.INVALID_INPUT, "price"));
    }

    @Test
    void changesTheStatus() {
        fixture.given(created())
                .when(new ChangeInventoryItemStatusCommand(ID, InventoryStatus.SOLD, "sold at a fair"))
                .expectEvents(new InventoryItemStatusChangedEvent(
                        ID, "SKU-1", InventoryStatus.BACKLOG, InventoryStatus.SOLD, "sold at a fair"));
    }

    @Test
    void theSameStatusAgainChangesNothing() {
        fixture.given(created())
                .when(new ChangeInventoryItemStatusCommand(ID, InventoryStatus.BACKLOG, null))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aStatusChangeNeedsAStatus() {
        fixture.given(created())
                .when(new ChangeInventoryItemStatusCommand(ID, null, null))
                .expectNoEvents()
                .expectException(refused(ErrorCode.INVALID_INPUT, "status"));
    }

    @Test
    void laterCommandsSeeTheRenamedSku() {
        fixture.given(
                        created(),
                        new InventoryItemDetailsChangedEvent(
                                ID, "SKU-1", List.of("localSku"), "SKU-9", null, null, null, null, null, null))
                .when(new ChangeInventoryItemStatusCommand(ID, InventoryStatus.LISTED, null))
                .expectEvents(new InventoryItemStatusChangedEvent(
                        ID, "SKU-9", InventoryStatus.BACKLOG, InventoryStatus.LISTED, null));
    }
}
