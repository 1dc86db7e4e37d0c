// SPDX-License-Identifier: Apache-2.0
package io.sellersync.command.orders;

import io.sellersync.messages.inventory.InventoryItemId;
import io.sellersync.messages.inventory.InventoryItemView;
import io.sellersync.messages.inventory.ReleaseInventoryUnitsCommand;
import io.sellersync.messages.inventory.SellInventoryUnitsCommand;
import io.sellersync.messages.orders.AmazonOrder;
import io.sellersync.messages.orders.AmazonOrderEvent;
import io.sellersync.messages.orders.AmazonOrderId;
import io.sellersync.messages.orders.FindLinkCandidatesQuery;
import io.sellersync.messages.orders.OrderItem;
import io.sellersync.messages.orders.RecordOrderItemLinkCommand;
import io.sellersync.messages.orders.RecordOrderItemUnlinkCommand;
import io.sellersync.messages.orders.RecordOrderItemUnmatchedCommand;
import io.sellersync.messages.orders.ReleaseReason;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;

/**
 * The two-step moves of inventory linking, shared by the policy and the seller's commands. The inventory item goes
 * first (it owns its units and sells them to a sale key = order and order item, idempotently), then the order records
 * what the item answered; a crash between the two is repaired by the next attempt, which the item answers with the
 * same total. So a redelivery, a re-sync or a replay never links a unit twice and never loses one.
 */
final class Linker {

    static final int CANDIDATES = 50;

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final EventStore events;

    Linker(CommandGateway commands, QueryGateway queries, EventStore events) {
        this.commands = commands;
        this.queries = queries;
        this.events = events;
    }

    static String saleKey(AmazonOrderId orderId, String orderItemId) {
        return orderId.value() + "#" + orderItemId;
    }

    /** The order's linking as its events in the store tell it now. */
    OrderLinks load(AmazonOrderId orderId) {
        OrderLinks links = new OrderLinks();
        events.readEvents(orderId.value())
                .asStream()
                .map(Message::getPayload)
                .filter(AmazonOrderEvent.class::isInstance)
                .forEach(e -> links.apply((AmazonOrderEvent) e));
        return links;
    }

    /** Brings every item of the order in line: releases what it no longer needs, links what shipped, records the rest. */
    void reconcile(AmazonOrderId orderId) {
        OrderLinks links = load(orderId);
        AmazonOrder order = links.order();
        if (order == null) {
            return;
        }
        for (OrderItem item : order.items()) {
            OrderLinks.ItemLinks itemLinks = links.item(item.orderItemId());
            if (links.wanted(item.orderItemId()) == 0 && itemLinks.linkedUnits() == 0 && itemLinks.unmatched == 0) {
                continue;
            }
            if (itemLinks.linkedUnits() > links.wanted(item.orderItemId())) {
                releaseAll(
                        orderId, item.orderItemId(), List.copyOf(itemLinks.linked.keySet()), ReleaseReason.CANCELLED);
                links = load(orderId);
            }
            linkOpen(orderId, links, item);
            commands.sendAndWait(new RecordOrderItemUnmatchedCommand(orderId, item.orderItemId(), now()));
        }
    }

    /** Sells the item's open units from the oldest matching listed inventory, as far as there is any. */
    private void linkOpen(AmazonOrderId orderId, OrderLinks links, OrderItem item) {
        int open = links.open(item.orderItemId());
        if (open == 0 || (blank(item.sellerSku()) && blank(item.asin()))) {
            return;
        }
        List<InventoryItemView> candidates = queries.query(
                        new FindLinkCandidatesQuery(item.sellerSku(), item.asin(), CANDIDATES),
                        ResponseTypes.multipleInstancesOf(InventoryItemView.class))
                .join();
        OrderLinks.ItemLinks itemLinks = links.item(item.orderItemId());
        for (InventoryItemView candidate : candidates) {
            if (open == 0) {
                break;
            }
            int got = sell(
                    orderId,
                    item,
                    candidate.itemId(),
                    candidate.localSku(),
                    itemLinks.linkedFrom(candidate.itemId()),
                    open,
                    false);
            open -= got;
        }
    }

    /**
     * Sells {@code units} more units of an inventory item to the order item and records the link; answers how many it
     * could sell (fewer when the item had fewer unsold listed units).
     */
    int sell(
            AmazonOrderId orderId,
            OrderItem item,
            InventoryItemId inventoryItemId,
            String localSku,
            int already,
            int units,
            boolean byUser) {
        Integer total = commands.sendAndWait(new SellInventoryUnitsCommand(
                inventoryItemId,
                saleKey(orderId, item.orderItemId()),
                orderId.amazonOrderId(),
                already + units,
                item.unitPrice()));
        int holds = total == null ? already : total;
        if (holds > already) {
            commands.sendAndWait(new RecordOrderItemLinkCommand(
                    orderId, item.orderItemId(), inventoryItemId, localSku, holds, item.unitPrice(), byUser, now()));
        }
        return Math.max(0, holds - already);
    }

    /** Gives back every unit the order item holds of these inventory items; answers the units released. */
    int releaseAll(AmazonOrderId orderId, String orderItemId, List<InventoryItemId> itemIds, ReleaseReason reason) {
        int released = 0;
        for (InventoryItemId itemId : itemIds) {
            Integer units = commands.sendAndWait(new ReleaseInventoryUnitsCommand(
                    itemId, saleKey(orderId, orderItemId), reason == ReleaseReason.RETURNED));
            released += units == null ? 0 : units;
            commands.sendAndWait(new RecordOrderItemUnlinkCommand(orderId, orderItemId, itemId, reason, now()));
        }
        return released;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static Instant now() {
        return Instant.now(Clock.systemUTC());
    }
}
