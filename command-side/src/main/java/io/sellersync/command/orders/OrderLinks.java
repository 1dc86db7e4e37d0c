// SPDX-License-Identifier: Apache-2.0
package io.sellersync.command.orders;

import io.sellersync.messages.inventory.InventoryItemId;
import io.sellersync.messages.orders.AmazonOrder;
import io.sellersync.messages.orders.AmazonOrderEvent;
import io.sellersync.messages.orders.OrderImportedEvent;
import io.sellersync.messages.orders.OrderItem;
import io.sellersync.messages.orders.OrderItemIgnoredEvent;
import io.sellersync.messages.orders.OrderItemLinkedEvent;
import io.sellersync.messages.orders.OrderItemUnlinkedEvent;
import io.sellersync.messages.orders.OrderItemUnmatchedEvent;
import io.sellersync.messages.orders.OrderUpdatedEvent;
import io.sellersync.messages.orders.ReleaseReason;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * An order's linking as its events tell it: the order as Amazon last showed it and, per order item, the inventory
 * units linked (per inventory item), the units ignored or returned, and the open unmatched count last recorded. The
 * aggregate keeps one; the linking policy folds one from the event store, so both decide from the same facts.
 */
final class OrderLinks {

    /** The linking of one order item. */
    static final class ItemLinks {
        final Map<InventoryItemId, Integer> linked = new LinkedHashMap<>();
        int ignored;
        int returned;
        int unmatched;

        int linkedUnits() {
            return linked.values().stream().mapToInt(Integer::intValue).sum();
        }

        int linkedFrom(InventoryItemId itemId) {
            return linked.getOrDefault(itemId, 0);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof ItemLinks other
                    && linked.equals(other.linked)
                    && ignored == other.ignored
                    && returned == other.returned
                    && unmatched == other.unmatched;
        }

        @Override
        public int hashCode() {
            return Objects.hash(linked, ignored, returned, unmatched);
        }
    }

    private AmazonOrder order;
    private final Map<String, ItemLinks> items = new HashMap<>();
    private final Map<InventoryItemId, String> localSkus = new HashMap<>();

    /** The local SKU an inventory item had when it was linked (its id when it never was). */
    String localSku(InventoryItemId itemId) {
        return localSkus.getOrDefault(itemId, itemId.value());
    }

    AmazonOrder order() {
        return order;
    }

    /** An order item's linking (an empty one, not kept, when nothing happened to it yet). */
    ItemLinks item(String orderItemId) {
        ItemLinks links = items.get(orderItemId);
        return links != null ? links : new ItemLinks();
    }

    private ItemLinks changing(String orderItemId) {
        return items.computeIfAbsent(orderItemId, id -> new ItemLinks());
    }

    /** The units of an order item still to be accounted for: shipped − linked − ignored − returned (never negative). */
    int open(String orderItemId) {
        OrderItem item = order == null ? null : order.item(orderItemId).orElse(null);
        if (item == null) {
            return 0;
        }
        ItemLinks links = item(orderItemId);
        return Math.max(0, order.shippedUnits(item) - links.linkedUnits() - links.ignored - links.returned);
    }

    /** Shipped − ignored − returned: how many linked units the order item should have at most. */
    int wanted(String orderItemId) {
        OrderItem item = order == null ? null : order.item(orderItemId).orElse(null);
        if (item == null) {
            return 0;
        }
        ItemLinks links = item(orderItemId);
        return Math.max(0, order.shippedUnits(item) - links.ignored - links.returned);
    }

    void apply(AmazonOrderEvent event) {
        if (event instanceof OrderImportedEvent e) {
            order = e.order();
        } else if (event instanceof OrderUpdatedEvent e) {
            order = e.order();
        } else if (event instanceof OrderItemLinkedEvent e) {
            ItemLinks links = changing(e.orderItemId());
            links.linked.merge(e.itemId(), e.units(), Integer::sum);
            if (e.localSku() != null) {
                localSkus.put(e.itemId(), e.localSku());
            }
            links.unmatched = e.unmatchedUnits();
        } else if (event instanceof OrderItemUnlinkedEvent e) {
            ItemLinks links = changing(e.orderItemId());
            links.linked.remove(e.itemId());
            if (e.reason() == ReleaseReason.RETURNED) {
                links.returned += e.units();
            }
            links.unmatched = e.unmatchedUnits();
        } else if (event instanceof OrderItemUnmatchedEvent e) {
            changing(e.orderItemId()).unmatched = e.unmatchedUnits();
        } else if (event instanceof OrderItemIgnoredEvent e) {
            ItemLinks links = changing(e.orderItemId());
            links.ignored += e.units();
            links.unmatched = e.unmatchedUnits();
        }
    }
}
