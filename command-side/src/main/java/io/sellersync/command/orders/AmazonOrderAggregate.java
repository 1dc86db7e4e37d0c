// SPDX-License-Identifier: Apache-2.0
package io.sellersync.command.orders;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.sellersync.messages.accounts.AccountId;
import io.sellersync.messages.orders.AmazonOrder;
import io.sellersync.messages.orders.AmazonOrderEvent;
import io.sellersync.messages.orders.AmazonOrderId;
import io.sellersync.messages.orders.IgnoreUnmatchedOrderItemCommand;
import io.sellersync.messages.orders.ImportOrderCommand;
import io.sellersync.messages.orders.OrderImportedEvent;
import io.sellersync.messages.orders.OrderItem;
import io.sellersync.messages.orders.OrderItemIgnoredEvent;
import io.sellersync.messages.orders.OrderItemLinkedEvent;
import io.sellersync.messages.orders.OrderItemUnlinkedEvent;
import io.sellersync.messages.orders.OrderItemUnmatchedEvent;
import io.sellersync.messages.orders.OrderUpdatedEvent;
import io.sellersync.messages.orders.RecordOrderItemLinkCommand;
import io.sellersync.messages.orders.RecordOrderItemUnlinkCommand;
import io.sellersync.messages.orders.RecordOrderItemUnmatchedCommand;
import io.sellersync.messages.orders.ReleaseReason;
import io.sellersync.messages.shared.BusinessException;
import io.sellersync.messages.shared.ErrorCode;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;

/**
 * One Amazon order ({@code AmazonOrder} in the design), upserted by account and order id: the de-duplicator of the
 * order sync. An order Amazon shows again is recorded only when its {@code lastUpdatedTime} is newer than the one
 * held, so overlaps, sweeps, backfills and {@code getOrder} re-reads are harmless and older data never replaces newer.
 * It also holds the order's side of the inventory linking: which inventory units each item sold, which are ignored or
 * returned, and how many still wait in the unmatched list; each of those commands records only a real change.
 */
class AmazonOrderAggregate {

    @AggregateIdentifier
    private AmazonOrderId orderId;

    private AccountId accountId;
    private final OrderLinks links = new OrderLinks();

    AmazonOrderAggregate() {}

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(ImportOrderCommand command) {
        check(command);
        AmazonOrder seen = command.order();
        AmazonOrder current = links.order();
        if (current == null) {
            apply(new OrderImportedEvent(command.orderId(), command.accountId(), seen, command.seenAt()));
        } else if (seen.lastUpdatedTime().isAfter(current.lastUpdatedTime())) {
            apply(new OrderUpdatedEvent(
                    command.orderId(),
                    command.accountId(),
                    current.status(),
                    current.lastUpdatedTime(),
                    seen,
                    command.seenAt()));
        }
    }

    @CommandHandler
    void handle(RecordOrderItemLinkCommand command) {
        OrderItem item = requireItem(command.orderItemId());
        if (command.itemId() == null) {
            throw BusinessException.invalid("itemId", "The inventory item is required");
        }
        OrderLinks.ItemLinks itemLinks = links.item(item.orderItemId());
        int units = command.unitsOnItem() - itemLinks.linkedFrom(command.itemId());
        if (units <= 0) {
            return;
        }
        // The inventory item has sold these units already: the order records the fact even when it no longer needs
        // them (the linking then releases them), so the two sides never disagree.
        int linkedAfter = itemLinks.linkedUnits() + units;
        int open = Math.max(0, links.wanted(item.orderItemId()) - linkedAfter);
        apply(new OrderItemLinkedEvent(
                orderId,
                accountId,
                item.orderItemId(),
                item.sellerSku(),
                command.itemId(),
                command.localSku() != null ? command.localSku() : links.localSku(command.itemId()),
                units,
                command.salePrice(),
                command.byUser(),
                linkedAfter,
                Math.min(itemLinks.unmatched, open),
                at(command.at())));
    }

    @CommandHandler
    void handle(RecordOrderItemUnlinkCommand command) {
        OrderItem item = requireItem(command.orderItemId());
        if (command.reason() == null) {
            throw BusinessException.invalid("reason", "Why the units go back is required");
        }
        OrderLinks.ItemLinks itemLinks = links.item(item.orderItemId());
        int units = itemLinks.linkedFrom(command.itemId());
        if (units == 0) {
            return;
        }
        int linkedAfter = itemLinks.linkedUnits() - units;
        int returnedAfter = itemLinks.returned + (command.reason() == ReleaseReason.RETURNED ? units : 0);
        int open = Math.max(0, links.order().shippedUnits(item) - linkedAfter - itemLinks.ignored - returnedAfter);
        apply(new OrderItemUnlinkedEvent(
                orderId,
                accountId,
                item.orderItemId(),
                command.itemId(),
                links.localSku(command.itemId()),
                units,
                command.reason(),
                linkedAfter,
                Math.min(itemLinks.unmatched, open),
                at(command.at())));
    }

    @CommandHandler
    void handle(RecordOrderItemUnmatchedCommand command) {
        OrderItem item = requireItem(command.orderItemId());
        int open = links.open(item.orderItemId());
        if (open != links.item(item.orderItemId()).unmatched) {
            apply(new OrderItemUnmatchedEvent(
                    orderId,
                    accountId,
                    item.orderItemId(),
                    item.sellerSku(),
                    item.asin(),
                    item.title(),
                    open,
                    at(command.at())));
        }
    }

    @CommandHandler
    void handle(IgnoreUnmatchedOrderItemCommand command) {
        OrderItem item = requireItem(command.orderItemId());
        int open = links.item(item.orderItemId()).unmatched;
        if (open == 0) {
            throw new BusinessException(
                    ErrorCode.CONFLICT,
                    "orderItemId",
                    "Item %s (%s) of order %s has no unmatched units"
                            .formatted(item.orderItemId(), item.sellerSku(), orderId.amazonOrderId()));
        }
        apply(new OrderItemIgnoredEvent(
                orderId,
                accountId,
                item.orderItemId(),
                item.sellerSku(),
                open,
                0,
                GenericEventMessage.clock.instant()));
    }

    private OrderItem requireItem(String orderItemId) {
        if (orderItemId == null || orderItemId.isBlank()) {
            throw BusinessException.invalid("orderItemId", "The order item is required");
        }
        return links.order()
                .item(orderItemId)
                .orElseThrow(() -> new BusinessException(
                        ErrorCode.NOT_FOUND,
                        "orderItemId",
                        "Order %s has no item %s".formatted(orderId.amazonOrderId(), orderItemId)));
    }

    private static Instant at(Instant at) {
        return at != null ? at : GenericEventMessage.clock.instant();
    }

    private static void check(ImportOrderCommand command) {
        AmazonOrder o = command.order();
        if (o == null) {
            throw BusinessException.invalid("order", "The order is required");
        }
        if (command.accountId() == null) {
            throw BusinessException.invalid("accountId", "The account is required");
        }
        if (!AmazonOrderId.of(command.accountId(), o.amazonOrderId()).equals(command.orderId())) {
            throw BusinessException.invalid(
                    "orderId",
                    "The id %s is not the account's order %s".formatted(command.orderId(), o.amazonOrderId()));
        }
        if (o.lastUpdatedTime() == null) {
            throw BusinessException.invalid("order.lastUpdatedTime", "Amazon's last-update time is missing");
        }
        if (o.purchaseDate() == null) {
            throw BusinessException.invalid("order.purchaseDate", "Amazon's purchase time is missing");
        }
        if (o.status() == null) {
            throw BusinessException.invalid("order.status", "The order's status is missing");
        }
        if (o.channel() == null) {
            throw BusinessException.invalid("order.channel", "The order's fulfilment channel is missing");
        }
        Set<String> ids = new HashSet<>();
        for (OrderItem item : o.items()) {
            if (!ids.add(item.orderItemId())) {
                throw BusinessException.invalid(
                        "order.items", "Item %s appears twice in the order".formatted(item.orderItemId()));
            }
            if (item.quantityOrdered() < 0 || item.quantityShipped() < 0) {
                throw BusinessException.invalid(
                        "order.items", "Item %s has a negative quantity".formatted(item.orderItemId()));
            }
        }
        if (command.seenAt() == null) {
            throw BusinessException.invalid("seenAt", "When the order was read is required");
        }
    }

    @EventSourcingHandler
    void on(AmazonOrderEvent event) {
        if (event instanceof OrderImportedEvent imported) {
            orderId = imported.orderId();
            accountId = imported.accountId();
        }
        links.apply(event);
    }
}
