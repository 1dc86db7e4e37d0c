// SPDX-License-Identifier: Apache-2.0
package io.sellersync.command.inventory;

import static io.sellersync.command.inventory.InventoryRules.blankToNull;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.sellersync.messages.inventory.ChangeInventoryItemPriceCommand;
import io.sellersync.messages.inventory.ChangeInventoryItemStatusCommand;
import io.sellersync.messages.inventory.CreateInventoryItemCommand;
import io.sellersync.messages.inventory.InventoryItemCreatedEvent;
import io.sellersync.messages.inventory.InventoryItemDetailsChangedEvent;
import io.sellersync.messages.inventory.InventoryItemId;
import io.sellersync.messages.inventory.InventoryItemPriceChangedEvent;
import io.sellersync.messages.inventory.InventoryItemStatusChangedEvent;
import io.sellersync.messages.inventory.InventoryStatus;
import io.sellersync.messages.inventory.InventoryUnitsReleasedEvent;
import io.sellersync.messages.inventory.InventoryUnitsSoldEvent;
import io.sellersync.messages.inventory.ItemCondition;
import io.sellersync.messages.inventory.ReleaseInventoryUnitsCommand;
import io.sellersync.messages.inventory.SellInventoryUnitsCommand;
import io.sellersync.messages.inventory.UpdateInventoryItemCommand;
import io.sellersync.messages.shared.BusinessException;
import io.sellersync.messages.shared.ErrorCode;
import io.sellersync.messages.shared.Money;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.CreationPolicy;

/**
 * One item of the seller's local inventory. It guards the item's shape and the uniqueness of its local SKU (through
 * {@link LocalSkus}), and records only real changes, so the history shows what the seller did. Creation is
 * create-if-missing: imports resend their commands after a crash, and the same creation again changes nothing.
 */
class InventoryItem {

    @AggregateIdentifier
    private InventoryItemId itemId;

    private InventoryItemCreatedEvent createdWith;
    private String localSku;
    private String asin;
    private String title;
    private ItemCondition condition;
    private Money price;
    private int quantity;
    private Money cost;
    private InventoryStatus status;
    private String notes;
    /** Units sold to Amazon orders, per sale key (order and order item). */
    private final Map<String, Integer> sales = new HashMap<>();

    InventoryItem() {}

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(CreateInventoryItemCommand command, LocalSkus skus) {
        InventoryItemCreatedEvent created = new InventoryItemCreatedEvent(
                command.itemId(),
                command.localSku(),
                blankToNull(command.asin()),
                blankToNull(command.title()),
                command.condition(),
                command.price(),
                command.quantity(),
                command.cost(),
                command.status(),
                blankToNull(command.notes()),
                command.source());
        if (createdWith != null) {
            if (!createdWith.equals(created)) {
                throw new BusinessException(
                        ErrorCode.CONFLICT, "itemId", "Item " + itemId + " already exists with other values");
            }
            return;
        }
        InventoryRules.requireDetails(
                created.localSku(),
                created.asin(),
                created.title(),
                created.condition(),
                created.quantity(),
                created.notes());
        InventoryRules.requirePrice(created.price());
        InventoryRules.requireCost(created.cost(), created.price());
        InventoryRules.requireStatus(created.status());
        InventoryRules.requireFreeSku(skus, created.localSku(), created.itemId());
        apply(created);
    }

    @CommandHandler
    void handle(UpdateInventoryItemCommand command, LocalSkus skus) {
        UpdateInventoryItemCommand update = new UpdateInventoryItemCommand(
                itemId,
                command.localSku(),
                blankToNull(command.asin()),
                blankToNull(command.title()),
                command.condition(),
                command.price(),
                command.quantity(),
                command.cost(),
                command.status(),
                blankToNull(command.notes()));
        InventoryRules.requireDetails(
                update.localSku(),
                update.asin(),
                update.title(),
                update.condition(),
                update.quantity(),
                update.notes());
        InventoryRules.requirePrice(update.price());
        InventoryRules.requireCost(update.cost(), update.price());
        InventoryRules.requireStatus(update.status());
        if (!update.localSku().equals(localSku)) {
            InventoryRules.requireFreeSku(skus, update.localSku(), itemId);
        }
        String before = localSku;
        detailsChange(update).ifPresent(AggregateLifecycle::apply);
        if (!sameMoney(price, update.price())) {
            apply(new InventoryItemPriceChangedEvent(itemId, before, price, update.price(), "edited"));
        }
        if (status != update.status()) {
            apply(new InventoryItemStatusChangedEvent(itemId, before, status, update.status(), "edited"));
        }
    }

    @CommandHandler
    void handle(ChangeInventoryItemPriceCommand command) {
        if (command.price() == null) {
            throw BusinessException.invalid("price", "price is required");
        }
        InventoryRules.requirePrice(command.price());
        if (cost != null && !cost.currency().equals(command.price().currency())) {
            throw BusinessException.invalid(
                    "price",
                    "price is in " + command.price().currency().getCurrencyCode() + " but the item's cost is in "
                            + cost.currency().getCurrencyCode());
        }
        if (!command.price().sameAmount(price)) {
            apply(new InventoryItemPriceChangedEvent(
                    itemId, localSku, price, command.price(), blankToNull(command.reason())));
        }
    }

    @CommandHandler
    void handle(ChangeInventoryItemStatusCommand command) {
        InventoryRules.requireStatus(command.status());
        if (status != command.status()) {
            apply(new InventoryItemStatusChangedEvent(
                    itemId, localSku, status, command.status(), blankToNull(command.reason())));
        }
    }

    /**
     * Order linking: sells unsold units to a sale, up to {@code wantedUnits} in total for it; answers what the sale
     * holds after. Only a {@code LISTED} item sells; a repeat (or an item with nothing left) changes nothing.
     */
    @CommandHandler
    Integer handle(SellInventoryUnitsCommand command) {
        if (command.saleKey() == null || command.saleKey().isBlank()) {
            throw BusinessException.invalid("saleKey", "The sale is required");
        }
        int holds = sales.getOrDefault(command.saleKey(), 0);
        if (command.wantedUnits() <= holds || status != InventoryStatus.LISTED) {
            return holds;
        }
        int sold = soldUnits();
        int units = Math.min(command.wantedUnits() - holds, quantity - sold);
        if (units <= 0) {
            return holds;
        }
        apply(new InventoryUnitsSoldEvent(
                itemId,
                localSku,
                command.saleKey(),
                command.amazonOrderId(),
                units,
                command.salePrice(),
                sold + units));
        if (sold + units >= quantity) {
            apply(new InventoryItemStatusChangedEvent(
                    itemId,
                    localSku,
                    InventoryStatus.LISTED,
                    InventoryStatus.SOLD,
                    "sold by Amazon order " + command.amazonOrderId()));
        }
        return holds + units;
    }

    /** Order linking: a sale gives its units back; answers the units released (0 when the sale holds none). */
    @CommandHandler
    Integer handle(ReleaseInventoryUnitsCommand command) {
        int units = sales.getOrDefault(command.saleKey(), 0);
        if (units == 0) {
            return 0;
        }
        String order = command.saleKey().contains("@")
                ? command.saleKey()
                        .substring(command.saleKey().indexOf('@') + 1)
                        .replaceFirst("#.*$", "")
                : command.saleKey();
        apply(new InventoryUnitsReleasedEvent(
                itemId, localSku, command.saleKey(), order, units, command.returned(), soldUnits() - units));
        InventoryStatus next = command.returned() ? InventoryStatus.RETURNED : InventoryStatus.LISTED;
        if (command.returned() ? status != InventoryStatus.RETURNED : status == InventoryStatus.SOLD) {
            apply(new InventoryItemStatusChangedEvent(
                    itemId,
                    localSku,
                    status,
                    next,
                    (command.returned() ? "returned, Amazon order " : "Amazon order cancelled, ") + order));
        }
        return units;
    }

    private int soldUnits() {
        return sales.values().stream().mapToInt(Integer::intValue).sum();
    }

    @EventSourcingHandler
    void on(InventoryUnitsSoldEvent event) {
        sales.merge(event.saleKey(), event.units(), Integer::sum);
    }

    @EventSourcingHandler
    void on(InventoryUnitsReleasedEvent event) {
        sales.remove(event.saleKey());
    }

    @EventSourcingHandler
    void on(InventoryItemCreatedEvent event) {
        itemId = event.itemId();
        createdWith = event;
        localSku = event.localSku();
        asin = event.asin();
        title = event.title();
        condition = event.condition();
        price = event.price();
        quantity = event.quantity();
        cost = event.cost();
        status = event.status();
        notes = event.notes();
    }

    @EventSourcingHandler
    void on(InventoryItemDetailsChangedEvent event) {
        if (event.changes(InventoryItemDetailsChangedEvent.LOCAL_SKU)) {
            localSku = event.localSku();
        }
        if (event.changes(InventoryItemDetailsChangedEvent.ASIN)) {
            asin = event.asin();
        }
        if (event.changes(InventoryItemDetailsChangedEvent.TITLE)) {
            title = event.title();
        }
        if (event.changes(InventoryItemDetailsChangedEvent.CONDITION)) {
            condition = event.condition();
        }
        if (event.changes(InventoryItemDetailsChangedEvent.QUANTITY)) {
            quantity = event.quantity();
        }
        if (event.changes(InventoryItemDetailsChangedEvent.COST)) {
            cost = event.cost();
        }
        if (event.changes(InventoryItemDetailsChangedEvent.NOTES)) {
            notes = event.notes();
        }
    }

    @EventSourcingHandler
    void on(InventoryItemPriceChangedEvent event) {
        price = event.newPrice();
    }

    @EventSourcingHandler
    void on(InventoryItemStatusChangedEvent event) {
        status = event.to();
    }

    /** The details event naming only the fields that differ; empty when none do. */
    private Optional<InventoryItemDetailsChangedEvent> detailsChange(UpdateInventoryItemCommand update) {
        List<String> changed = new ArrayList<>();
        String sku = change(changed, InventoryItemDetailsChangedEvent.LOCAL_SKU, localSku, update.localSku());
        String a = change(changed, InventoryItemDetailsChangedEvent.ASIN, asin, update.asin());
        String t = change(changed, InventoryItemDetailsChangedEvent.TITLE, title, update.title());
        ItemCondition c = change(changed, InventoryItemDetailsChangedEvent.CONDITION, condition, update.condition());
        Integer q = change(changed, InventoryItemDetailsChangedEvent.QUANTITY, quantity, update.quantity());
        Money co = sameMoney(cost, update.cost())
                ? null
                : change(changed, InventoryItemDetailsChangedEvent.COST, cost, update.cost());
        String n = change(changed, InventoryItemDetailsChangedEvent.NOTES, notes, update.notes());
        return changed.isEmpty()
                ? Optional.empty()
                : Optional.of(new InventoryItemDetailsChangedEvent(itemId, localSku, changed, sku, a, t, c, q, co, n));
    }

    /** Records {@code field} as changed and returns the new value when it differs; null (not part of the event) if not. */
    private static <T> T change(List<String> changed, String field, T before, T after) {
        if (Objects.equals(before, after)) {
            return null;
        }
        changed.add(field);
        return after;
    }

    private static boolean sameMoney(Money a, Money b) {
        return a == null ? b == null : a.sameAmount(b);
    }
}
