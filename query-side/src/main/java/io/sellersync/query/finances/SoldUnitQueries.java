// SPDX-License-Identifier: Apache-2.0
package io.sellersync.query.finances;

import io.sellersync.messages.accounts.AccountId;
import io.sellersync.messages.finances.SoldUnitsQuery;
import io.sellersync.messages.finances.SoldUnitsView;
import io.sellersync.messages.inventory.InventoryItemId;
import io.sellersync.messages.orders.AmazonOrderId;
import io.sellersync.messages.shared.Money;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The money of sold inventory units, computed on each request from the {@code orders} read model (which units of which
 * inventory item each order line sold: {@code order_link}) and the {@code finances} read model (the line's
 * transactions), so a replay of either gives the same figures. A line's money is every transaction of its order when
 * the order has one line, otherwise the transactions' items with the line's seller SKU (or, without SKUs, its ASIN).
 * It is split across the line's units — the units that left the stock (every unit ordered once shipped, else those
 * shipped), at least the linked ones — with {@link UnitSplit}: the line's links in the order they were made take the
 * units 1, 2, … so the shares of all units add up to the line's figures to the cent.
 */
@Component
class SoldUnitQueries {

    private final JdbcTemplate jdbc;

    SoldUnitQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    private record Line(
            String orderId,
            String orderItemId,
            String accountId,
            String amazonOrderId,
            String sellerSku,
            String currency,
            int units) {}

    private record Figures(int transactions, BigDecimal sales, BigDecimal refunds, BigDecimal fees, BigDecimal net) {}

    @QueryHandler
    List<SoldUnitsView> handle(SoldUnitsQuery query) {
        String scope = query.itemId() != null
                ? "select s.order_id, s.order_item_id from order_link s where s.item_id = ?"
                : "select s.order_id, s.order_item_id from order_link s where s.order_id = ?";
        Object key = query.itemId() != null
                ? query.itemId().value()
                : query.orderId().value();
        Map<String, Line> lines = new LinkedHashMap<>();
        jdbc.query(
                """
                select oi.order_id, oi.order_item_id, v.account_id, v.amazon_order_id, oi.seller_sku,
                    coalesce(oi.currency, v.currency) currency,
                    greatest(case when v.status = 'CANCELLED' then 0
                        when v.status = 'SHIPPED' then coalesce(nullif(oi.quantity_shipped, 0), oi.quantity_ordered)
                        else least(oi.quantity_shipped, oi.quantity_ordered) end,
                        (select coalesce(sum(l.units), 0) from order_link l
                            where l.order_id = oi.order_id and l.order_item_id = oi.order_item_id)) line_units
                from order_item oi join order_view v on v.order_id = oi.order_id
                where (oi.order_id, oi.order_item_id) in (%s)
                """.formatted(scope),
                rs -> {
                    Line line = new Line(
                            rs.getString("order_id"),
                            rs.getString("order_item_id"),
                            rs.getString("account_id"),
                            rs.getString("amazon_order_id"),
                            rs.getString("seller_sku"),
                            rs.getString("currency"),
                            rs.getInt("line_units"));
                    lines.put(line.orderId() + "|" + line.orderItemId(), line);
                },
                key);
        if (lines.isEmpty()) {
            return List.of();
        }
        Map<String, Map<String, Figures>> money = new HashMap<>();
        jdbc.query(
                """
                with ln as (
                    select oi.order_id, oi.order_item_id, v.account_id, v.amazon_order_id, oi.seller_sku, oi.asin,
                        (select count(*) from order_item x where x.order_id = oi.order_id) order_lines
                    from order_item oi join order_view v on v.order_id = oi.order_id
                    where (oi.order_id, oi.order_item_id) in (%s)),
                m as (
                    select ln.order_id, ln.order_item_id, t.currency, t.transaction_id, t.sales, t.refunds, t.fees,
                        t.net
                    from ln join finance_transaction t on t.account_id = ln.account_id
                        and t.order_id = ln.amazon_order_id
                    where ln.order_lines = 1
                    union all
                    select ln.order_id, ln.order_item_id, t.currency, t.transaction_id, i.sales, i.refunds, i.fees,
                        i.net
                    from ln join finance_transaction t on t.account_id = ln.account_id
                        and t.order_id = ln.amazon_order_id
                    join finance_transaction_item i on i.transaction_id = t.transaction_id
                    where ln.order_lines > 1 and (lower(i.sku) = lower(ln.seller_sku)
                        or ((i.sku is null or ln.seller_sku is null) and i.asin = ln.asin)))
                select order_id, order_item_id, currency, count(distinct transaction_id) n, sum(sales) sales,
                    sum(refunds) refunds, sum(fees) fees, sum(net) net
                from m group by order_id, order_item_id, currency
                """.formatted(scope),
                rs -> {
                    money.computeIfAbsent(
                                    rs.getString("order_id") + "|" + rs.getString("order_item_id"),
                                    k -> new LinkedHashMap<>())
                            .put(
                                    rs.getString("currency"),
                                    new Figures(
                                            rs.getInt("n"),
                                            rs.getBigDecimal("sales"),
                                            rs.getBigDecimal("refunds"),
                                            rs.getBigDecimal("fees"),
                                            rs.getBigDecimal("net")));
                },
                key);
        List<SoldUnitsView> views = new ArrayList<>();
        Map<String, Integer> nextUnit = new HashMap<>();
        jdbc.query(
                """
                select l.order_id, l.order_item_id, l.item_id, l.local_sku, l.units, l.linked_at, c.cost,
                    c.currency cost_currency
                from order_link l left join finance_item_cost c on c.item_id = l.item_id
                where (l.order_id, l.order_item_id) in (%s)
                order by l.order_id, l.order_item_id, l.linked_at, l.item_id
                """.formatted(scope),
                rs -> {
                    String lineKey = rs.getString("order_id") + "|" + rs.getString("order_item_id");
                    Line line = lines.get(lineKey);
                    int units = rs.getInt("units");
                    int from = nextUnit.merge(lineKey, units, Integer::sum) - units;
                    String itemId = rs.getString("item_id");
                    if (line == null
                            || (query.itemId() != null
                                    && !query.itemId().value().equals(itemId))) {
                        return;
                    }
                    Map<String, Figures> byCurrency = money.getOrDefault(lineKey, Map.of());
                    if (byCurrency.isEmpty()) {
                        String currency = line.currency() == null ? "XXX" : line.currency();
                        byCurrency = Map.of(
                                currency,
                                new Figures(0, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO));
                    }
                    Timestamp linkedAt = rs.getTimestamp("linked_at");
                    BigDecimal unitCost = rs.getBigDecimal("cost");
                    String costCurrency = rs.getString("cost_currency");
                    for (Map.Entry<String, Figures> e : byCurrency.entrySet()) {
                        String currency = e.getKey();
                        Figures f = e.getValue();
                        int decimals =
                                Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
                        BigDecimal net = UnitSplit.share(f.net(), line.units(), from, units, decimals);
                        Money cost = null;
                        Money margin = null;
                        if (unitCost != null && currency.equals(costCurrency)) {
                            BigDecimal amount = unitCost.multiply(BigDecimal.valueOf(units));
                            cost = FinanceSql.money(amount, currency);
                            margin = FinanceSql.money(net.subtract(amount), currency);
                        }
                        views.add(new SoldUnitsView(
                                new AccountId(line.accountId()),
                                new AmazonOrderId(line.orderId()),
                                line.amazonOrderId(),
                                line.orderItemId(),
                                line.sellerSku(),
                                new InventoryItemId(itemId),
                                rs.getString("local_sku"),
                                units,
                                line.units(),
                                linkedAt == null ? null : linkedAt.toInstant(),
                                f.transactions(),
                                currency,
                                FinanceSql.money(
                                        UnitSplit.share(f.sales(), line.units(), from, units, decimals), currency),
                                FinanceSql.money(
                                        UnitSplit.share(f.refunds(), line.units(), from, units, decimals), currency),
                                FinanceSql.money(
                                        UnitSplit.share(f.fees(), line.units(), from, units, decimals), currency),
                                FinanceSql.money(net, currency),
                                cost,
                                margin));
                    }
                },
                key);
        views.sort(java.util.Comparator.comparing(
                        SoldUnitsView::linkedAt, java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()))
                .thenComparing(v -> v.orderId().value())
                .thenComparing(SoldUnitsView::orderItemId)
                .thenComparing(v -> v.itemId().value()));
        return views;
    }
}
