// SPDX-License-Identifier: Apache-2.0
package io.sellersync.query.orders;

import io.sellersync.messages.accounts.AccountId;
import io.sellersync.messages.inventory.InventoryItemId;
import io.sellersync.messages.orders.AmazonOrder;
import io.sellersync.messages.orders.AmazonOrderId;
import io.sellersync.messages.orders.FindOrderQuery;
import io.sellersync.messages.orders.FulfillmentChannel;
import io.sellersync.messages.orders.LinkedUnitsView;
import io.sellersync.messages.orders.ListOrdersQuery;
import io.sellersync.messages.orders.ListUnmatchedOrderItemsQuery;
import io.sellersync.messages.orders.OrderDetailView;
import io.sellersync.messages.orders.OrderFilter;
import io.sellersync.messages.orders.OrderHistoryEntryView;
import io.sellersync.messages.orders.OrderImportedEvent;
import io.sellersync.messages.orders.OrderItem;
import io.sellersync.messages.orders.OrderItemView;
import io.sellersync.messages.orders.OrderPage;
import io.sellersync.messages.orders.OrderStatus;
import io.sellersync.messages.orders.OrderStatusCount;
import io.sellersync.messages.orders.OrderSummaryQuery;
import io.sellersync.messages.orders.OrderSummaryView;
import io.sellersync.messages.orders.OrderUpdatedEvent;
import io.sellersync.messages.orders.OrderView;
import io.sellersync.messages.orders.OrdersPerDayQuery;
import io.sellersync.messages.orders.OrdersPerDayView;
import io.sellersync.messages.orders.UnmatchedOrderItemPage;
import io.sellersync.messages.orders.UnmatchedOrderItemView;
import io.sellersync.messages.shared.AuditedEvent;
import io.sellersync.messages.shared.MarketplaceId;
import io.sellersync.messages.shared.Money;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The Orders page and API: the filtered, searched, sorted, paged list; the status cards; orders per day; one order in
 * full (items with their linked inventory from the read model, Amazon's last version and the history from the event
 * store); and the unmatched items.
 */
@Component
class OrderQueries {

    private static final Map<String, String> SORTS = Map.of(
            "purchaseDate", "o.purchase_date",
            "lastUpdatedTime", "o.last_updated_time",
            "status", "o.status",
            "total", "o.total",
            "shipBy", "o.ship_by",
            "amazonOrderId", "o.amazon_order_id",
            "marketplace", "o.marketplace_id",
            "channel", "o.channel");

    private static final String COLUMNS = """
            o.order_id, o.account_id, o.amazon_order_id, o.marketplace_id, o.purchase_date, o.last_updated_time,
            o.amazon_status, o.status, o.channel, o.ship_by, o.currency, o.total, o.lines, o.units, o.linked_units,
            o.unmatched_units
            """;

    private final JdbcTemplate jdbc;
    private final EventStore eventStore;

    OrderQueries(JdbcTemplate jdbc, EventStore eventStore) {
        this.jdbc = jdbc;
        this.eventStore = eventStore;
    }

    @QueryHandler
    OrderPage handle(ListOrdersQuery query) {
        int size = Math.max(1, Math.min(query.size(), 1000));
        int page = Math.max(0, query.page());
        Where where = where(query.filter(), true);
        String order = SORTS.getOrDefault(query.sort() == null ? "purchaseDate" : query.sort(), "o.purchase_date");
        String direction = query.sort() == null || query.desc() ? " desc" : " asc";
        String nulls = direction.equals(" desc") ? " nulls last" : " nulls first";
        Long total = jdbc.queryForObject("select count(*) from order_view o " + where.sql, Long.class, where.args());
        List<OrderView> rows = jdbc.query(
                "select " + COLUMNS + " from order_view o " + where.sql + " order by " + order + direction + nulls
                        + ", o.order_id" + direction + " limit ? offset ?",
                (rs, n) -> view(rs),
                where.args(size, (long) page * size));
        return new OrderPage(rows, total == null ? 0 : total, page, size);
    }

    @QueryHandler
    OrderSummaryView handle(OrderSummaryQuery query) {
        Where where = where(query.filter(), false);
        Map<OrderStatus, Long> counts = new EnumMap<>(OrderStatus.class);
        jdbc.query(
                "select o.status, count(*) n from order_view o " + where.sql + " group by o.status",
                rs -> {
                    counts.put(OrderStatus.valueOf(rs.getString("status")), rs.getLong("n"));
                },
                where.args());
        List<OrderStatusCount> byStatus = new ArrayList<>();
        long all = 0;
        for (OrderStatus status : OrderStatus.values()) {
            long n = counts.getOrDefault(status, 0L);
            all += n;
            byStatus.add(new OrderStatusCount(status, n));
        }
        Long unmatched = jdbc.queryForObject(
                "select count(*) from order_item i join order_view o on o.order_id = i.order_id "
                        + (where.sql.isEmpty() ? "where" : where.sql + " and") + " i.unmatched_units > 0",
                Long.class,
                where.args());
        return new OrderSummaryView(all, byStatus, unmatched == null ? 0 : unmatched);
    }

    @QueryHandler
    List<OrdersPerDayView> handle(OrdersPerDayQuery query) {
        Where where = where(query.filter(), true);
        return jdbc.query(
                "select o.purchase_day, count(*) n, sum(o.units) units from order_view o " + where.sql
                        + " group by o.purchase_day order by o.purchase_day",
                (rs, n) -> new OrdersPerDayView(
                        rs.getDate("purchase_day").toLocalDate(), rs.getLong("n"), rs.getLong("units")),
                where.args());
    }

    @QueryHandler
    Optional<OrderDetailView> handle(FindOrderQuery query) {
        String id = query.orderId().value();
        List<OrderView> found =
                jdbc.query("select " + COLUMNS + " from order_view o where o.order_id = ?", (rs, n) -> view(rs), id);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Map<String, List<LinkedUnitsView>> links = new HashMap<>();
        jdbc.query(
                "select l.order_item_id, l.item_id, coalesce(i.local_sku, l.local_sku) local_sku, l.units,"
                        + " l.sale_price, l.currency, l.by_user, l.linked_at from order_link l left join"
                        + " inventory_item i on i.item_id = l.item_id where l.order_id = ? order by l.linked_at,"
                        + " l.item_id",
                rs -> {
                    links.computeIfAbsent(rs.getString("order_item_id"), k -> new ArrayList<>())
                            .add(new LinkedUnitsView(
                                    new InventoryItemId(rs.getString("item_id")),
                                    rs.getString("local_sku"),
                                    rs.getInt("units"),
                                    money(rs.getBigDecimal("sale_price"), rs.getString("currency")),
                                    rs.getBoolean("by_user"),
                                    instant(rs, "linked_at")));
                },
                id);
        List<OrderItemView> items = jdbc.query(
                "select * from order_item where order_id = ? order by item_no",
                (rs, n) -> {
                    String currency = rs.getString("currency");
                    String promotions = rs.getString("promotion_ids");
                    OrderItem item = new OrderItem(
                            rs.getString("order_item_id"),
                            rs.getString("asin"),
                            rs.getString("seller_sku"),
                            rs.getString("title"),
                            rs.getInt("quantity_ordered"),
                            rs.getInt("quantity_shipped"),
                            money(rs.getBigDecimal("unit_price"), currency),
                            money(rs.getBigDecimal("line_price"), currency),
                            promotions == null ? List.of() : Arrays.asList(promotions.split("\n")),
                            money(rs.getBigDecimal("promotion_discount"), currency));
                    return new OrderItemView(
                            item,
                            rs.getInt("linked_units"),
                            rs.getInt("unmatched_units"),
                            rs.getInt("ignored_units"),
                            links.getOrDefault(item.orderItemId(), List.of()));
                },
                id);
        List<OrderHistoryEntryView> history = new ArrayList<>();
        AmazonOrder[] latest = new AmazonOrder[1];
        eventStore.readEvents(id).forEachRemaining(event -> {
            Object payload = event.getPayload();
            if (payload instanceof OrderImportedEvent imported) {
                latest[0] = imported.order();
            }
            if (payload instanceof OrderUpdatedEvent updated) {
                latest[0] = updated.order();
            }
            history.add(new OrderHistoryEntryView(
                    event.getTimestamp(),
                    payload.getClass().getSimpleName(),
                    payload instanceof AuditedEvent audited
                            ? audited.describe()
                            : payload.getClass().getSimpleName()));
        });
        return Optional.of(new OrderDetailView(found.get(0), latest[0], items, history));
    }

    @QueryHandler
    UnmatchedOrderItemPage handle(ListUnmatchedOrderItemsQuery query) {
        int size = Math.max(1, Math.min(query.size(), 1000));
        int page = Math.max(0, query.page());
        String where = " where i.unmatched_units > 0" + (query.accountId() == null ? "" : " and o.account_id = ?");
        Object[] args = query.accountId() == null
                ? new Object[0]
                : new Object[] {query.accountId().value()};
        Long total = jdbc.queryForObject(
                "select count(*) from order_item i join order_view o on o.order_id = i.order_id" + where,
                Long.class,
                args);
        List<Object> paged = new ArrayList<>(Arrays.asList(args));
        paged.add(size);
        paged.add((long) page * size);
        List<UnmatchedOrderItemView> items = jdbc.query(
                "select o.order_id, o.account_id, o.amazon_order_id, o.marketplace_id, o.purchase_date,"
                        + " i.order_item_id, i.seller_sku, i.asin, i.title, i.unmatched_units, i.unit_price,"
                        + " i.currency from order_item i join order_view o on o.order_id = i.order_id" + where
                        + " order by o.purchase_date, o.order_id, i.item_no limit ? offset ?",
                (rs, n) -> {
                    String market = rs.getString("marketplace_id");
                    return new UnmatchedOrderItemView(
                            new AmazonOrderId(rs.getString("order_id")),
                            new AccountId(rs.getString("account_id")),
                            rs.getString("amazon_order_id"),
                            rs.getString("order_item_id"),
                            market == null ? null : new MarketplaceId(market),
                            instant(rs, "purchase_date"),
                            rs.getString("seller_sku"),
                            rs.getString("asin"),
                            rs.getString("title"),
                            rs.getInt("unmatched_units"),
                            money(rs.getBigDecimal("unit_price"), rs.getString("currency")));
                },
                paged.toArray());
        return new UnmatchedOrderItemPage(items, total == null ? 0 : total, page, size);
    }

    /** A where clause (starting with {@code where}, or empty) and its parameters. */
    record Where(String sql, List<Object> params) {

        Object[] args(Object... more) {
            List<Object> all = new ArrayList<>(params);
            all.addAll(Arrays.asList(more));
            return all.toArray();
        }
    }

    static Where where(OrderFilter filter, boolean withStatus) {
        List<String> parts = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        if (filter != null) {
            if (filter.accountId() != null) {
                parts.add("o.account_id = ?");
                params.add(filter.accountId().value());
            }
            if (withStatus && filter.status() != null) {
                parts.add("o.status = ?");
                params.add(filter.status().name());
            }
            if (filter.marketplaceId() != null) {
                parts.add("o.marketplace_id = ?");
                params.add(filter.marketplaceId().value());
            }
            if (filter.channel() != null) {
                parts.add("o.channel = ?");
                params.add(filter.channel().name());
            }
            if (filter.purchasedFrom() != null) {
                parts.add("o.purchase_date >= ?");
                params.add(Timestamp.from(filter.purchasedFrom()));
            }
            if (filter.purchasedTo() != null) {
                parts.add("o.purchase_date < ?");
                params.add(Timestamp.from(filter.purchasedTo()));
            }
            if (filter.link() != null) {
                parts.add(
                        switch (filter.link()) {
                            case LINKED -> "o.linked_units > 0";
                            case UNMATCHED -> "o.unmatched_units > 0";
                        });
            }
            if (filter.search() != null && !filter.search().isBlank()) {
                String search = filter.search().trim();
                parts.add("(o.amazon_order_id = ? or exists (select 1 from order_item s where s.order_id = o.order_id"
                        + " and (s.asin = ? or lower(s.seller_sku) like ? escape '\\')))");
                params.add(search);
                params.add(search.toUpperCase(Locale.ROOT));
                params.add(search.toLowerCase(Locale.ROOT)
                                .replace("\\", "\\\\")
                                .replace("%", "\\%")
                                .replace("_", "\\_")
                        + "%");
            }
        }
        return new Where(parts.isEmpty() ? "" : "where " + String.join(" and ", parts), params);
    }

    private static OrderView view(ResultSet rs) throws SQLException {
        String market = rs.getString("marketplace_id");
        return new OrderView(
                new AmazonOrderId(rs.getString("order_id")),
                new AccountId(rs.getString("account_id")),
                rs.getString("amazon_order_id"),
                market == null ? null : new MarketplaceId(market),
                instant(rs, "purchase_date"),
                instant(rs, "last_updated_time"),
                rs.getString("amazon_status"),
                OrderStatus.valueOf(rs.getString("status")),
                FulfillmentChannel.valueOf(rs.getString("channel")),
                instant(rs, "ship_by"),
                money(rs.getBigDecimal("total"), rs.getString("currency")),
                rs.getInt("lines"),
                rs.getInt("units"),
                rs.getInt("linked_units"),
                rs.getInt("unmatched_units"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp ts = rs.getTimestamp(column);
        return ts == null ? null : ts.toInstant();
    }

    private static Money money(BigDecimal amount, String currency) {
        return amount == null || currency == null ? null : Money.ofStored(amount, Currency.getInstance(currency));
    }
}
