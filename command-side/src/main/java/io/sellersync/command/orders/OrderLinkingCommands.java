// SPDX-License-Identifier: Apache-2.0
package io.sellersync.command.orders;

import io.sellersync.messages.inventory.FindInventoryItemQuery;
import io.sellersync.messages.inventory.InventoryItemView;
import io.sellersync.messages.orders.OrderItem;
import io.sellersync.messages.orders.ReconcileOrderLinksCommand;
import io.sellersync.messages.orders.ReleaseOrderItemCommand;
import io.sellersync.messages.orders.ResolveUnmatchedOrderItemCommand;
import io.sellersync.messages.orders.UnitPick;
import io.sellersync.messages.shared.BusinessException;
import io.sellersync.messages.shared.ErrorCode;
import java.util.List;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;

/**
 * The seller's linking commands, which span an order and inventory items: resolving an unmatched item by picking the
 * units it sold, and releasing an item's units (a return). Each checks against the order's events, then moves the
 * inventory first and records on the order what the inventory answered.
 */
public class OrderLinkingCommands {

    private final Linker linker;
    private final QueryGateway queries;

    public OrderLinkingCommands(CommandGateway commands, QueryGateway queries, EventStore events) {
        this.linker = new Linker(commands, queries, events);
        this.queries = queries;
    }

    @CommandHandler
    public Integer handle(ResolveUnmatchedOrderItemCommand command) {
        if (command.orderId() == null) {
            throw BusinessException.invalid("orderId", "The order is required");
        }
        OrderLinks links = linker.load(command.orderId());
        OrderItem item = requireItem(links, command.orderId().amazonOrderId(), command.orderItemId());
        OrderLinks.ItemLinks itemLinks = links.item(item.orderItemId());
        if (command.picks().isEmpty()) {
            throw BusinessException.invalid("picks", "Pick at least one inventory item");
        }
        int picked = 0;
        for (int i = 0; i < command.picks().size(); i++) {
            UnitPick pick = command.picks().get(i);
            if (pick == null || pick.itemId() == null) {
                throw BusinessException.invalid("picks[" + i + "].itemId", "The inventory item is required");
            }
            if (pick.units() <= 0) {
                throw BusinessException.invalid("picks[" + i + "].units", "Pick at least one unit");
            }
            picked += pick.units();
        }
        if (picked > itemLinks.unmatched) {
            throw BusinessException.invalid(
                    "picks",
                    "%d unit(s) picked but item %s of order %s has %d unmatched"
                            .formatted(
                                    picked, item.sellerSku(), command.orderId().amazonOrderId(), itemLinks.unmatched));
        }
        for (int i = 0; i < command.picks().size(); i++) {
            UnitPick pick = command.picks().get(i);
            int already =
                    linker.load(command.orderId()).item(item.orderItemId()).linkedFrom(pick.itemId());
            String localSku = queries.query(
                            new FindInventoryItemQuery(pick.itemId()),
                            ResponseTypes.optionalInstanceOf(InventoryItemView.class))
                    .join()
                    .map(InventoryItemView::localSku)
                    .orElse(null);
            int got = linker.sell(command.orderId(), item, pick.itemId(), localSku, already, pick.units(), true);
            if (got < pick.units()) {
                throw BusinessException.invalid(
                        "picks[" + i + "].units",
                        "Inventory item %s had only %d listed unit(s) left to sell".formatted(pick.itemId(), got));
            }
        }
        return linker.load(command.orderId()).item(item.orderItemId()).linkedUnits();
    }

    @CommandHandler
    public Integer handle(ReconcileOrderLinksCommand command) {
        if (command.orderId() == null) {
            throw BusinessException.invalid("orderId", "The order is required");
        }
        if (linker.load(command.orderId()).order() == null) {
            throw new BusinessException(
                    ErrorCode.NOT_FOUND, "orderId", "Order " + command.orderId().amazonOrderId() + " is not known");
        }
        linker.reconcile(command.orderId());
        OrderLinks links = linker.load(command.orderId());
        return links.order().items().stream()
                .mapToInt(i -> links.item(i.orderItemId()).linkedUnits())
                .sum();
    }

    @CommandHandler
    public Integer handle(ReleaseOrderItemCommand command) {
        if (command.orderId() == null) {
            throw BusinessException.invalid("orderId", "The order is required");
        }
        if (command.reason() == null) {
            throw BusinessException.invalid("reason", "Why the units go back is required");
        }
        OrderLinks links = linker.load(command.orderId());
        OrderItem item = requireItem(links, command.orderId().amazonOrderId(), command.orderItemId());
        List<io.sellersync.messages.inventory.InventoryItemId> linked =
                List.copyOf(links.item(item.orderItemId()).linked.keySet());
        if (linked.isEmpty()) {
            throw new BusinessException(
                    ErrorCode.CONFLICT, "orderItemId", "Item %s has no linked inventory".formatted(item.sellerSku()));
        }
        return linker.releaseAll(command.orderId(), item.orderItemId(), linked, command.reason());
    }

    private static OrderItem requireItem(OrderLinks links, String amazonOrderId, String orderItemId) {
        if (links.order() == null) {
            throw new BusinessException(ErrorCode.NOT_FOUND, "orderId", "Order " + amazonOrderId + " is not known");
        }
        if (orderItemId == null || orderItemId.isBlank()) {
            throw BusinessException.invalid("orderItemId", "The order item is required");
        }
        return links.order()
                .item(orderItemId)
                .orElseThrow(() -> new BusinessException(
                        ErrorCode.NOT_FOUND,
                        "orderItemId",
                        "Order %s has no item %s".formatted(amazonOrderId, orderItemId)));
    }
}
