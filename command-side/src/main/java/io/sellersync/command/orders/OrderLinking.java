// SPDX-License-Identifier: Apache-2.0
package io.sellersync.command.orders;

import io.sellersync.messages.orders.AmazonOrder;
import io.sellersync.messages.orders.OrderImportedEvent;
import io.sellersync.messages.orders.OrderUpdatedEvent;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryGateway;

/**
 * The inventory linking policy: whenever Amazon shows an order (new or changed), each item's shipped units are sold
 * from the oldest matching {@code LISTED} inventory units, what cannot be matched goes to the unmatched list, and
 * units of cancelled items go back. It decides from the order's events in the store (not from the event it got), so a
 * late or repeated event does the same as the latest one. A policy, not a projection: never replayed.
 */
@ProcessingGroup(OrderLinking.GROUP)
@DisallowReplay
public class OrderLinking {

    public static final String GROUP = "order-linking";

    private final Linker linker;

    public OrderLinking(CommandGateway commands, QueryGateway queries, EventStore events) {
        this.linker = new Linker(commands, queries, events);
    }

    @EventHandler
    void on(OrderImportedEvent event) {
        AmazonOrder order = event.order();
        // A new order with nothing shipped has nothing to link: skip the read of its events (the common case).
        if (order.items().stream().anyMatch(i -> order.shippedUnits(i) > 0)) {
            linker.reconcile(event.orderId());
        }
    }

    @EventHandler
    void on(OrderUpdatedEvent event) {
        linker.reconcile(event.orderId());
    }
}
