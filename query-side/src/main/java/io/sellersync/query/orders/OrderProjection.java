// SPDX-License-Identifier: Apache-2.0
package io.sellersync.query.orders;

import io.sellersync.messages.orders.AmazonOrder;
import io.sellersync.messages.orders.AmazonOrderId;
import io.sellersync.messages.orders.OrderImportedEvent;
import io.sellersync.messages.orders.OrderItem;
import io.sellersync.messages.orders.OrderItemIgnoredEvent;
import io.sellersync.messages.orders.OrderItemLinkedEvent;
import io.sellersync.messages.orders.OrderItemUnlinkedEvent;
import io.sellersync.messages.orders.OrderItemUnmatchedEvent;
import io.sellersync.messages.orders.OrderUpdatedEvent;
import io.sellersync.messages.shared.Money;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The orders read model: one row per order as Amazon last showed it, its items with their linked, open unmatched and
 * ignored units, and which inventory items each item sold. Every event of an order is applied exactly once —
 * {@code order_view.version} holds the sequence number of the last one — so a redelivery changes nothing and a replay
 * rebuilds the same rows from the event store. An update replaces Amazon's data of the order and its items but keeps
 * their linking, which only the link events change.
 */
@Component
@ProcessingGroup(OrderProjection.GROUP)
public class OrderProjection {

    public static final String GROUP = "orders";

    private final JdbcTemplate jdbc;

    OrderProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(OrderImportedEvent event, @SequenceNumber Long sequence) {
        write(event.orderId(), event.accountId().value(), event.order(), seq(sequence), event.importedAt(), false);
    }

    @EventHandler
    void on(OrderUpdatedEvent event, @SequenceNumber Long sequence) {
        write(event.orderId(), event.accountId().value(), event.order(), seq(sequence), event.updatedAt(), true);
    }

    @EventHandler
    void on(OrderItemLinkedEvent event, @SequenceNumber Long sequence) {
        if (!advance(event.orderId(), seq(sequence), event.linkedAt())) {
            return;
        }
        Money price = event.salePrice();
        jdbc.update(
                "insert into order_link (order_id, order_item_id, item_id, local_sku, units, sale_price, currency,"
                        + " by_user, linked_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (order_id,"
                        + " order_item_id, item_id) do update set units = order_link.units + excluded.units,"
                        + " sale_price = excluded.sale_price, currency = excluded.currency, by_user ="
                        + " order_link.by_user or excluded.by_user, local_sku = excluded.local_sku",
                event.orderId().value(),
                event.orderItemId(),
                event.itemId().value(),
                event.localSku(),
                event.units(),
                price == null ? null : price.amount(),
                price == null ? null : price.currency().getCurrencyCode(),
                event.byUser(),
                Timestamp.from(event.linkedAt()));
        counts(event.orderId(), event.orderItemId(), event.linkedUnits(), event.unmatchedUnits(), 0);
    }

    @EventHandler
    void on(OrderItemUnlinkedEvent event, @SequenceNumber Long sequence) {
        if (!advance(event.orderId(), seq(sequence), event.unlinkedAt())) {
            return;
        }
        jdbc.update(
                "update order_link set units = units - ? where order_id = ? and order_item_id = ? and item_id = ?",
                event.units(),
                event.orderId().value(),
                event.orderItemId(),
                event.itemId().value());
        jdbc.update(
                "delete from order_link where order_id = ? and order_item_id = ? and item_id = ? and units <= 0",
                event.orderId().value(),
                event.orderItemId(),
                event.itemId().value());
        counts(event.orderId(), event.orderItemId(), event.linkedUnits(), event.unmatchedUnits(), 0);
    }

    @EventHandler
    void on(OrderItemUnmatchedEvent event, @SequenceNumber Long sequence) {
        if (!advance(event.orderId(), seq(sequence), event.at())) {
            return;
        }
        jdbc.update(
                "update order_item set unmatched_units = ? where order_id = ? and order_item_id = ?",
                event.unmatchedUnits(),
                event.orderId().value(),
                event.orderItemId());
        totals(event.orderId());
    }

    @EventHandler
    void on(OrderItemIgnoredEvent event, @SequenceNumber Long sequence) {
        if (!advance(event.orderId(), seq(sequence), event.ignoredAt())) {
            return;
        }
        jdbc.update(
                "update order_item set unmatched_units = ?, ignored_units = ignored_units + ? where order_id = ? and"
                        + " order_item_id = ?",
                event.unmatchedUnits(),
                event.units(),
                event.orderId().value(),
                event.orderItemId());
        totals(event.orderId());
    }

    @ResetHandler
    void reset() {
        jdbc.execute("truncate order_view, order_item, order_link");
    }

    private static long seq(Long sequence) {
        return sequence == null ? 0 : sequence;
    }

    /** Marks the event applied; false when it (or a later one) already was. */
    private boolean advance(AmazonOrderId id, long sequence, Instant at) {
        return jdbc.update(
                        "update order_view set version = ?, updated_at = ? where order_id = ? and version < ?",
                        sequence,
                        Timestamp.from(at),
                        id.value(),
                        sequence)
                == 1;
    }

    private void counts(AmazonOrderId id, String orderItemId, int linked, int unmatched, int ignoredMore) {
        jdbc.update(
                "update order_item set linked_units = ?, unmatched_units = ?, ignored_units = ignored_units + ? where"
                        + " order_id = ? and order_item_id = ?",
                linked,
                unmatched,
                ignoredMore,
                id.value(),
                orderItemId);
        totals(id);
    }

    private void totals(AmazonOrderId id) {
        jdbc.update(
                "update order_view o set linked_units = coalesce(s.linked, 0), unmatched_units = coalesce(s.unmatched,"
                        + " 0) from (select sum(linked_units) linked, sum(unmatched_units) unmatched from order_item"
                        + " where order_id = ?) s where o.order_id = ?",
                id.value(),
                id.value());
    }

    private void write(
            AmazonOrderId id, String accountId, AmazonOrder order, long sequence, Instant at, boolean update) {
        Money total = order.total();
        int written = jdbc.update(
                """
                insert into order_view (order_id, account_id, amazon_order_id, marketplace_id, purchase_date,
                    purchase_day, last_updated_time, amazon_status, status, channel, ship_by, deliver_by, currency,
                    total, lines, units, version, updates, imported_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (order_id) do update set marketplace_id = excluded.marketplace_id,
                    purchase_date = excluded.purchase_date, purchase_day = excluded.purchase_day,
                    last_updated_time = excluded.last_updated_time, amazon_status = excluded.amazon_status,
                    status = excluded.status, channel = excluded.channel, ship_by = excluded.ship_by,
                    deliver_by = excluded.deliver_by, currency = excluded.currency, total = excluded.total,
                    lines = excluded.lines, units = excluded.units, version = excluded.version,
                    updates = order_view.updates + excluded.updates, updated_at = excluded.updated_at
                where order_view.version < excluded.version
                """,
                id.value(),
                accountId,
                order.amazonOrderId(),
                order.marketplaceId() == null ? null : order.marketplaceId().value(),
                Timestamp.from(order.purchaseDate()),
                Date.valueOf(order.purchaseDate().atZone(ZoneOffset.UTC).toLocalDate()),
                Timestamp.from(order.lastUpdatedTime()),
                order.amazonStatus(),
                order.status().name(),
                order.channel().name(),
                ts(order.shipBy()),
                ts(order.deliverBy()),
                currency(order),
                total == null ? null : total.amount(),
                order.items().size(),
                order.units(),
                sequence,
                update ? 1 : 0,
                Timestamp.from(at),
                Timestamp.from(at));
        if (written == 0) {
            return;
        }
        List<Object[]> rows = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < order.items().size(); i++) {
            OrderItem item = order.items().get(i);
            ids.add(item.orderItemId());
            Money unit = item.unitPrice();
            Money line = item.linePrice();
            Money discount = item.promotionDiscount();
            String itemCurrency = unit != null
                    ? unit.currency().getCurrencyCode()
                    : line != null ? line.currency().getCurrencyCode() : currency(order);
            rows.add(new Object[] {
                id.value(),
                item.orderItemId(),
                i + 1,
                item.asin(),
                item.sellerSku(),
                item.title(),
                item.quantityOrdered(),
                item.quantityShipped(),
                itemCurrency,
                amount(unit),
                amount(line),
                item.promotionIds().isEmpty() ? null : String.join("\n", item.promotionIds()),
                amount(discount)
            });
        }
        jdbc.batchUpdate("""
                insert into order_item (order_id, order_item_id, item_no, asin, seller_sku, title, quantity_ordered,
                    quantity_shipped, currency, unit_price, line_price, promotion_ids, promotion_discount)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (order_id, order_item_id) do update set item_no = excluded.item_no,
                    asin = excluded.asin, seller_sku = excluded.seller_sku, title = excluded.title,
                    quantity_ordered = excluded.quantity_ordered, quantity_shipped = excluded.quantity_shipped,
                    currency = excluded.currency, unit_price = excluded.unit_price, line_price = excluded.line_price,
                    promotion_ids = excluded.promotion_ids, promotion_discount = excluded.promotion_discount
                """, rows);
        if (update) {
            jdbc.update("delete from order_item where order_id = ? and order_item_id <> all(?)", ps -> {
                ps.setString(1, id.value());
                ps.setArray(2, ps.getConnection().createArrayOf("text", ids.toArray()));
            });
            totals(id);
        }
    }

    private static String currency(AmazonOrder order) {
        if (order.total() != null) {
            return order.total().currency().getCurrencyCode();
        }
        return order.items().stream()
                .map(i -> i.unitPrice() != null ? i.unitPrice() : i.linePrice())
                .filter(m -> m != null)
                .map(m -> m.currency().getCurrencyCode())
                .findFirst()
                .orElse(null);
    }

    private static BigDecimal amount(Money money) {
        return money == null ? null : money.amount();
    }

    private static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
