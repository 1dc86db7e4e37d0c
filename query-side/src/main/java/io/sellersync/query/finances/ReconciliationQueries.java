// SPDX-License-Identifier: Apache-2.0
package io.sellersync.query.finances;

import io.sellersync.messages.accounts.AccountId;
import io.sellersync.messages.finances.FeeCategory;
import io.sellersync.messages.finances.OrderReconciliationFlag;
import io.sellersync.messages.finances.OrderReconciliationPage;
import io.sellersync.messages.finances.OrderReconciliationQuery;
import io.sellersync.messages.finances.OrderReconciliationView;
import io.sellersync.messages.finances.PayoutReconciliationPage;
import io.sellersync.messages.finances.PayoutReconciliationQuery;
import io.sellersync.messages.finances.PayoutReconciliationView;
import io.sellersync.messages.finances.PayoutStatus;
import io.sellersync.messages.finances.SkuSummaryPage;
import io.sellersync.messages.finances.SkuSummaryQuery;
import io.sellersync.messages.finances.SkuSummaryView;
import io.sellersync.messages.orders.OrderStatus;
import io.sellersync.messages.shared.MarketplaceId;
import io.sellersync.messages.shared.Marketplaces;
import io.sellersync.messages.shared.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reconciliation by order, by payout (financial event group) and by SKU, computed on each request as sums over the
 * {@code finances} read model joined with the {@code orders} read model, so they are exactly as replayable as those are
 * and never drift from the rows they sum. An order's money is every transaction that names it, set against the order
 * as the Orders API shows it (total, status); orders without any transaction
 * {@code sellersync.finances.order-without-transactions-after} (14 days) after their purchase or promised shipment
 * and transactions naming an order sellersync does not know are flagged. A payout's money is every transaction
 * carrying its group id in its marketplace, against the {@code Transfer} of that group.
 */
@Component
class ReconciliationQueries {

    static final String REFUND_WITHOUT_SALE = "Refund without a sale (the sale is not among the transactions)";
    static final String REFUNDED_MORE = "Refunded more than was sold";
    static final String UNCATEGORISED = "Uncategorised money";
    static final String DEFERRED = "Not released by Amazon yet";
    static final String ORDER_TOTAL = "Order total";
    static final String WITHOUT_TRANSACTIONS = "No transactions";
    static final String WITHOUT_ORDER = "Order not known to sellersync (not synced, or older than the orders synced)";

    /** The boolean column of each flag in the per-order query. */
    private static final Map<OrderReconciliationFlag, String> FLAG_COLUMNS = new EnumMap<>(Map.of(
            OrderReconciliationFlag.TOTAL_MISMATCH, "f_total",
            OrderReconciliationFlag.WITHOUT_TRANSACTIONS, "f_without_tx",
            OrderReconciliationFlag.WITHOUT_ORDER, "f_without_order",
            OrderReconciliationFlag.REFUND_WITHOUT_SALE, "f_refund_without_sale",
            OrderReconciliationFlag.REFUNDED_MORE, "f_refunded_more",
            OrderReconciliationFlag.UNCATEGORISED, "f_unc",
            OrderReconciliationFlag.DEFERRED, "f_deferred"));

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Duration withoutTransactionsAfter;

    @Autowired
    ReconciliationQueries(
            JdbcTemplate jdbc,
            ObjectProvider<Clock> clock,
            @Value("${sellersync.finances.order-without-transactions-after:14d}") String withoutTransactionsAfter) {
        this(jdbc, clock.getIfAvailable(Clock::systemUTC), DurationStyle.detectAndParse(withoutTransactionsAfter));
    }

    ReconciliationQueries(JdbcTemplate jdbc, Clock clock, Duration withoutTransactionsAfter) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.withoutTransactionsAfter = withoutTransactionsAfter;
    }

    @QueryHandler
    OrderReconciliationPage handle(OrderReconciliationQuery query) {
        int size = Math.max(1, Math.min(query.size(), 500));
        int page = Math.max(0, query.page());
        String search = query.search() == null || query.search().isBlank()
                ? null
                : query.search().trim();
        List<Object> params = new ArrayList<>();
        StringBuilder txWhere = new StringBuilder("where t.order_id is not null");
        account(txWhere, params, query.accountId());
        if (search != null) {
            txWhere.append(" and t.order_id = ?");
            params.add(search);
        }
        StringBuilder orderWhere = new StringBuilder("where true");
        if (query.accountId() != null) {
            orderWhere.append(" and v.account_id = ?");
            params.add(query.accountId().value());
        }
        if (search != null) {
            orderWhere.append(" and v.amazon_order_id = ?");
            params.add(search);
        }
        params.add(Timestamp.from(clock.instant().minus(withoutTransactionsAfter)));
        params.add((double) withoutTransactionsAfter.toSeconds());
        params.add(search != null);
        // o: the transactions per order and currency; v: the orders (order_view); a: each account's earliest known
        // purchase; c: how far the order sync has read (its cursor, on Amazon's clock). A transaction first posted
        // within N days after the earliest purchase may belong to an order bought before the orders synced reach
        // back, and one posted after the cursor may belong to an order the sync has not reached yet (a first sync
        // in progress): only the others are flagged without order. An order without transactions is listed when it
        // is overdue (or searched for).
        String orders = """
                with o as (
                    select t.account_id, t.order_id, t.currency, max(t.marketplace_id) marketplace_id, count(*) n,
                        min(t.posted_at) first_posted, max(t.posted_at) last_posted, sum(t.sales) sales,
                        sum(t.refunds) refunds, sum(t.fees) fees, sum(t.net) net, sum(t.uncategorised) unc,
                        bool_or(t.sales <> 0) has_sale, bool_or(t.status = 'DEFERRED') deferred
                    from finance_transaction t %s
                    group by t.account_id, t.order_id, t.currency),
                v as (
                    select v.account_id, v.amazon_order_id, v.marketplace_id, v.currency, v.total, v.status,
                        v.purchase_date, greatest(v.purchase_date, coalesce(v.ship_by, v.purchase_date)) due_from
                    from order_view v %s),
                a as (select account_id, min(purchase_date) first_purchase from order_view group by account_id),
                c as (select account_id, position orders_read_to from sync_cursor where data_set = 'ORDERS'),
                j as (
                    select coalesce(o.account_id, v.account_id) account_id,
                        coalesce(o.order_id, v.amazon_order_id) order_id, coalesce(o.currency, v.currency) currency,
                        coalesce(o.marketplace_id, v.marketplace_id) marketplace_id, coalesce(o.n, 0) n,
                        o.first_posted, o.last_posted, coalesce(o.sales, 0) sales, coalesce(o.refunds, 0) refunds,
                        coalesce(o.fees, 0) fees, coalesce(o.net, 0) net, coalesce(o.unc, 0) unc,
                        coalesce(o.has_sale, false) has_sale, coalesce(o.deferred, false) f_deferred,
                        v.amazon_order_id is not null known, v.status order_status, v.purchase_date,
                        v.total order_total, v.currency order_currency,
                        coalesce(o.last_posted, v.purchase_date) latest,
                        (o.order_id is not null and v.total is not null
                            and (v.currency <> o.currency or v.total <> o.sales)) f_total,
                        (o.order_id is null and v.status not in ('CANCELLED', 'PENDING') and v.due_from < ?)
                            f_without_tx,
                        (o.order_id is not null and v.amazon_order_id is null and a.first_purchase is not null
                            and o.first_posted >= a.first_purchase + make_interval(secs => ?)
                            and coalesce(o.first_posted <= c.orders_read_to, false)) f_without_order,
                        o.order_id is not null has_tx
                    from o full join v on v.account_id = o.account_id and v.amazon_order_id = o.order_id
                    left join a on a.account_id = coalesce(o.account_id, v.account_id)
                    left join c on c.account_id = coalesce(o.account_id, v.account_id)),
                f as (
                    select j.*, (j.refunds <> 0 and not j.has_sale) f_refund_without_sale,
                        (j.sales + j.refunds < 0 and not (j.refunds <> 0 and not j.has_sale)) f_refunded_more,
                        (j.unc <> 0) f_unc
                    from j where j.has_tx or j.f_without_tx or (? and j.currency is not null)),
                m as (
                    select f.*, (f.f_total or f.f_without_tx or f.f_without_order or f.f_refund_without_sale
                        or f.f_refunded_more or f.f_unc) mismatch
                    from f)
                """.formatted(txWhere, orderWhere);
        String filter = query.flag() != null
                ? " where " + FLAG_COLUMNS.get(query.flag())
                : query.mismatchesOnly() ? " where mismatch" : "";
        StringBuilder countSql = new StringBuilder(orders)
                .append("select count(*) filter (where true")
                .append(filter.isEmpty() ? "" : " and " + filter.substring(" where ".length()))
                .append(") total, count(*) filter (where mismatch) mismatches");
        FLAG_COLUMNS.forEach((flag, column) -> countSql.append(", count(*) filter (where ")
                .append(column)
                .append(") ")
                .append(column));
        Map<String, Object> counts = jdbc.queryForMap(countSql.append(" from m").toString(), params.toArray());
        Map<OrderReconciliationFlag, Long> flagCounts = new EnumMap<>(OrderReconciliationFlag.class);
        FLAG_COLUMNS.forEach((flag, column) -> flagCounts.put(flag, ((Number) counts.get(column)).longValue()));
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(size);
        pageParams.add((long) page * size);
        List<Map<String, Object>> rows = jdbc.queryForList(
                orders + "select * from m" + filter + " order by mismatch desc, latest desc, order_id, currency"
                        + " limit ? offset ?",
                pageParams.toArray());
        Map<String, Map<FeeCategory, BigDecimal>> fees = orderFees(rows, query.accountId());
        List<OrderReconciliationView> items = new ArrayList<>();
        for (Map<String, Object> row : rows) {
            items.add(orderView(row, fees));
        }
        return new OrderReconciliationPage(
                items,
                ((Number) counts.get("total")).longValue(),
                ((Number) counts.get("mismatches")).longValue(),
                flagCounts,
                page,
                size);
    }

    private OrderReconciliationView orderView(Map<String, Object> row, Map<String, Map<FeeCategory, BigDecimal>> fees) {
        String marketplace = (String) row.get("marketplace_id");
        String currency = (String) row.get("currency");
        if (currency == null) {
            currency = Optional.ofNullable(marketplace)
                    .flatMap(m -> Marketplaces.find(new MarketplaceId(m)))
                    .map(m -> m.currency().getCurrencyCode())
                    .orElse("XXX");
        }
        BigDecimal sales = (BigDecimal) row.get("sales");
        BigDecimal unc = (BigDecimal) row.get("unc");
        BigDecimal orderTotal = (BigDecimal) row.get("order_total");
        String orderCurrency = (String) row.get("order_currency");
        List<OrderReconciliationFlag> kinds = new ArrayList<>();
        FLAG_COLUMNS.forEach((flag, column) -> {
            if (Boolean.TRUE.equals(row.get(column))) {
                kinds.add(flag);
            }
        });
        Money total = orderTotal == null || orderCurrency == null ? null : FinanceSql.money(orderTotal, orderCurrency);
        Money difference = total == null || !orderCurrency.equals(currency)
                ? null
                : FinanceSql.money(orderTotal.subtract(sales), currency);
        List<String> flags = new ArrayList<>();
        for (OrderReconciliationFlag kind : kinds) {
            flags.add(
                    switch (kind) {
                        case TOTAL_MISMATCH ->
                            difference == null
                                    ? "Order total in " + orderCurrency + ", transactions in " + currency
                                    : ORDER_TOTAL + " " + total + ", sales " + FinanceSql.money(sales, currency)
                                            + " (difference " + difference + ")";
                        case WITHOUT_TRANSACTIONS ->
                            WITHOUT_TRANSACTIONS + " " + withoutTransactionsAfter.toDays() + " days after purchase"
                                    + " or promised shipment";
                        case WITHOUT_ORDER -> WITHOUT_ORDER;
                        case REFUND_WITHOUT_SALE -> REFUND_WITHOUT_SALE;
                        case REFUNDED_MORE -> REFUNDED_MORE;
                        case UNCATEGORISED -> UNCATEGORISED + " " + FinanceSql.money(unc, currency);
                        case DEFERRED -> DEFERRED;
                    });
        }
        String status = (String) row.get("order_status");
        Timestamp purchased = (Timestamp) row.get("purchase_date");
        Timestamp first = (Timestamp) row.get("first_posted");
        Timestamp last = (Timestamp) row.get("last_posted");
        String key = row.get("account_id") + "|" + row.get("order_id") + "|" + currency;
        return new OrderReconciliationView(
                new AccountId((String) row.get("account_id")),
                (String) row.get("order_id"),
                marketplace == null ? null : new MarketplaceId(marketplace),
                currency,
                ((Number) row.get("n")).intValue(),
                first == null ? null : first.toInstant(),
                last == null ? null : last.toInstant(),
                FinanceSql.money(sales, currency),
                FinanceSql.money((BigDecimal) row.get("refunds"), currency),
                FinanceSql.money((BigDecimal) row.get("fees"), currency),
                FinanceSql.money((BigDecimal) row.get("net"), currency),
                FinanceSql.money(unc, currency),
                FinanceSql.categories(fees.getOrDefault(key, Map.of()), currency, true),
                flags,
                (Boolean) row.get("mismatch"),
                (Boolean) row.get("known"),
                status == null ? null : OrderStatus.valueOf(status),
                purchased == null ? null : purchased.toInstant(),
                total,
                difference,
                kinds);
    }

    @QueryHandler
    PayoutReconciliationPage handle(PayoutReconciliationQuery query) {
        int size = Math.max(1, Math.min(query.size(), 500));
        int page = Math.max(0, query.page());
        List<Object> params = new ArrayList<>();
        StringBuilder where = new StringBuilder("where t.group_id is not null");
        account(where, params, query.accountId());
        String groups = """
                with g as (
                    select t.account_id, t.group_id, t.marketplace_id, t.currency,
                        count(*) filter (where t.payouts = 0) n,
                        coalesce(sum(t.total) filter (where t.payouts = 0), 0) tx_total,
                        sum(t.total) filter (where t.payouts <> 0) transfer,
                        count(*) filter (where t.payouts <> 0) transfers,
                        max(t.posted_at) filter (where t.payouts <> 0) transfer_date,
                        max(t.amazon_transaction_id) filter (where t.payouts <> 0) transfer_id
                    from finance_transaction t %s
                    group by t.account_id, t.group_id, t.marketplace_id, t.currency),
                s as (select g.*, case when g.transfers = 0 then 'OPEN'
                    when g.tx_total + g.transfer = 0 then 'RECONCILED' else 'MISMATCH' end status from g)
                """.formatted(where);
        Map<String, Object> counts = jdbc.queryForMap(
                groups + "select count(*) total, count(*) filter (where status = 'MISMATCH') mismatches from s",
                params.toArray());
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(size);
        pageParams.add((long) page * size);
        List<PayoutReconciliationView> items = jdbc.query(
                groups + "select * from s" + (query.mismatchesOnly() ? " where status = 'MISMATCH'" : "")
                        + " order by case status when 'MISMATCH' then 0 when 'OPEN' then 1 else 2 end,"
                        + " transfer_date desc nulls first, group_id desc, marketplace_id limit ? offset ?",
                (rs, n) -> {
                    String currency = rs.getString("currency");
                    BigDecimal txTotal = rs.getBigDecimal("tx_total");
                    BigDecimal transfer = rs.getBigDecimal("transfer");
                    Money transferred = transfer == null ? null : FinanceSql.money(transfer.negate(), currency);
                    String marketplace = rs.getString("marketplace_id");
                    return new PayoutReconciliationView(
                            new AccountId(rs.getString("account_id")),
                            rs.getString("group_id"),
                            marketplace == null ? null : new MarketplaceId(marketplace),
                            currency,
                            rs.getInt("n"),
                            FinanceSql.money(txTotal, currency),
                            transferred,
                            transfer == null ? null : FinanceSql.money(txTotal.add(transfer), currency),
                            PayoutStatus.valueOf(rs.getString("status")),
                            FinanceSql.instant(rs, "transfer_date"),
                            rs.getString("transfer_id"));
                },
                pageParams.toArray());
        return new PayoutReconciliationPage(
                items,
                ((Number) counts.get("total")).longValue(),
                ((Number) counts.get("mismatches")).longValue(),
                page,
                size);
    }

    @QueryHandler
    SkuSummaryPage handle(SkuSummaryQuery query) {
        int size = Math.max(1, Math.min(query.size(), 500));
        int page = Math.max(0, query.page());
        List<Object> params = new ArrayList<>();
        StringBuilder where = new StringBuilder("where i.sku is not null");
        account(where, params, query.accountId());
        if (query.from() != null) {
            where.append(" and t.posted_at >= ?");
            params.add(Timestamp.from(query.from()));
        }
        if (query.to() != null) {
            where.append(" and t.posted_at < ?");
            params.add(Timestamp.from(query.to()));
        }
        if (query.search() != null && !query.search().isBlank()) {
            where.append(" and (lower(i.sku) like ? or i.asin = ?)");
            params.add(query.search().trim().toLowerCase(Locale.ROOT) + "%");
            params.add(query.search().trim().toUpperCase(Locale.ROOT));
        }
        String skus = """
                with s as (
                    select t.account_id, i.sku, max(i.asin) asin, t.currency,
                        coalesce(sum(i.quantity) filter (where i.sales <> 0), 0) sold,
                        coalesce(sum(i.quantity) filter (where i.refunds <> 0), 0) refunded,
                        sum(i.sales) sales, sum(i.refunds) refunds, sum(i.fees) fees, sum(i.net) net
                    from finance_transaction_item i join finance_transaction t on t.transaction_id = i.transaction_id
                    %s
                    group by t.account_id, i.sku, t.currency),
                c as (
                    select k.account_id, k.seller_sku, count(*) links, count(ic.cost) with_cost,
                        min(ic.currency) cur_min, max(ic.currency) cur_max, avg(ic.cost) unit_cost
                    from finance_sku_item k left join finance_item_cost ic on ic.item_id = k.item_id
                    group by k.account_id, k.seller_sku)
                """.formatted(where);
        Long total = jdbc.queryForObject(skus + "select count(*) from s", Long.class, params.toArray());
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(size);
        pageParams.add((long) page * size);
        List<Map<String, Object>> rows = jdbc.queryForList(
                skus + "select s.*, case when c.links = c.with_cost and c.cur_min = c.cur_max"
                        + " and c.cur_min = s.currency then c.unit_cost end unit_cost"
                        + " from s left join c on c.account_id = s.account_id and c.seller_sku = s.sku"
                        + " order by s.net desc, s.sku, s.currency limit ? offset ?",
                pageParams.toArray());
        Map<String, Map<FeeCategory, BigDecimal>> fees = skuFees(rows, query);
        Map<String, BigDecimal[]> actual = actualCosts(rows, query);
        List<SkuSummaryView> items = new ArrayList<>();
        for (Map<String, Object> row : rows) {
            String currency = (String) row.get("currency");
            long sold = ((Number) row.get("sold")).longValue();
            long refunded = ((Number) row.get("refunded")).longValue();
            BigDecimal net = (BigDecimal) row.get("net");
            BigDecimal average = (BigDecimal) row.get("unit_cost");
            BigDecimal[] linked = actual.get(row.get("account_id") + "|" + row.get("sku") + "|" + currency);
            long atActualCost = linked == null ? 0 : linked[0].longValueExact();
            long netUnits = sold - refunded;
            BigDecimal costExact = null;
            if (atActualCost > 0) {
                long rest = netUnits - atActualCost;
                if (rest <= 0) {
                    costExact = linked[1];
                } else if (average != null) {
                    costExact = linked[1].add(average.multiply(BigDecimal.valueOf(rest)));
                }
            } else if (average != null) {
                costExact = average.multiply(BigDecimal.valueOf(netUnits));
            }
            Money unit = null;
            Money cost = null;
            Money margin = null;
            if (costExact != null) {
                long units = Math.max(netUnits, atActualCost);
                BigDecimal unitCost = atActualCost == 0 || units == 0
                        ? average
                        : costExact.divide(BigDecimal.valueOf(units), 10, RoundingMode.HALF_UP);
                BigDecimal unitRounded =
                        unitCost.setScale(4, RoundingMode.HALF_UP).stripTrailingZeros();
                BigDecimal costAmount = costExact.setScale(2, RoundingMode.HALF_UP);
                unit = FinanceSql.money(unitRounded.scale() < 2 ? unitRounded.setScale(2) : unitRounded, currency);
                cost = FinanceSql.money(costAmount, currency);
                margin = FinanceSql.money(net.subtract(costAmount), currency);
            }
            String key = row.get("account_id") + "|" + row.get("sku") + "|" + currency;
            items.add(new SkuSummaryView(
                    new AccountId((String) row.get("account_id")),
                    (String) row.get("sku"),
                    (String) row.get("asin"),
                    currency,
                    sold,
                    refunded,
                    FinanceSql.money((BigDecimal) row.get("sales"), currency),
                    FinanceSql.money((BigDecimal) row.get("refunds"), currency),
                    FinanceSql.money((BigDecimal) row.get("fees"), currency),
                    FinanceSql.money(net, currency),
                    FinanceSql.categories(fees.getOrDefault(key, Map.of()), currency, true),
                    unit,
                    cost,
                    margin,
                    atActualCost));
        }
        return new SkuSummaryPage(items, total == null ? 0 : total, page, size);
    }

    /**
     * Per account, seller SKU and currency: the units that orders with a sale of the SKU in the range linked to
     * inventory items with a known cost in that currency, and what those units cost ({units, cost}).
     */
    private Map<String, BigDecimal[]> actualCosts(List<Map<String, Object>> rows, SkuSummaryQuery query) {
        if (rows.isEmpty()) {
            return Map.of();
        }
        List<Object> params =
                new ArrayList<>(rows.stream().map(r -> r.get("sku")).distinct().toList());
        StringBuilder where =
                new StringBuilder("where oi.seller_sku in (" + FinanceSql.placeholders(params.size()) + ")");
        if (query.accountId() != null) {
            where.append(" and v.account_id = ?");
            params.add(query.accountId().value());
        }
        StringBuilder sale = new StringBuilder();
        if (query.from() != null) {
            sale.append(" and t.posted_at >= ?");
            params.add(Timestamp.from(query.from()));
        }
        if (query.to() != null) {
            sale.append(" and t.posted_at < ?");
            params.add(Timestamp.from(query.to()));
        }
        Map<String, BigDecimal[]> result = new HashMap<>();
        jdbc.query(
                "select v.account_id || '|' || oi.seller_sku || '|' || ic.currency k, sum(l.units) units,"
                        + " sum(l.units * ic.cost) cost from order_link l"
                        + " join order_item oi on oi.order_id = l.order_id and oi.order_item_id = l.order_item_id"
                        + " join order_view v on v.order_id = l.order_id"
                        + " join finance_item_cost ic on ic.item_id = l.item_id and ic.cost is not null"
                        + " and ic.currency is not null " + where
                        + " and exists (select 1 from finance_transaction t join finance_transaction_item i"
                        + " on i.transaction_id = t.transaction_id where t.account_id = v.account_id"
                        + " and t.order_id = v.amazon_order_id and i.sku = oi.seller_sku and i.sales <> 0" + sale
                        + ") group by 1",
                rs -> {
                    result.put(
                            rs.getString("k"), new BigDecimal[] {rs.getBigDecimal("units"), rs.getBigDecimal("cost")});
                },
                params.toArray());
        return result;
    }

    private Map<String, Map<FeeCategory, BigDecimal>> orderFees(List<Map<String, Object>> rows, AccountId account) {
        if (rows.isEmpty()) {
            return Map.of();
        }
        List<Object> params = new ArrayList<>(
                rows.stream().map(r -> r.get("order_id")).distinct().toList());
        StringBuilder where = new StringBuilder("where t.order_id in (" + FinanceSql.placeholders(params.size()) + ")");
        account(where, params, account);
        return grouped(
                "select t.account_id || '|' || t.order_id || '|' || t.currency k, c.category, sum(c.amount) amount"
                        + " from finance_category_amount c join finance_transaction t"
                        + " on t.transaction_id = c.transaction_id and c.item_no = 0 " + where
                        + " group by 1, c.category",
                params);
    }

    private Map<String, Map<FeeCategory, BigDecimal>> skuFees(List<Map<String, Object>> rows, SkuSummaryQuery query) {
        if (rows.isEmpty()) {
            return Map.of();
        }
        List<Object> params =
                new ArrayList<>(rows.stream().map(r -> r.get("sku")).distinct().toList());
        StringBuilder where = new StringBuilder("where i.sku in (" + FinanceSql.placeholders(params.size()) + ")");
        account(where, params, query.accountId());
        if (query.from() != null) {
            where.append(" and t.posted_at >= ?");
            params.add(Timestamp.from(query.from()));
        }
        if (query.to() != null) {
            where.append(" and t.posted_at < ?");
            params.add(Timestamp.from(query.to()));
        }
        return grouped(
                "select t.account_id || '|' || i.sku || '|' || t.currency k, c.category, sum(c.amount) amount"
                        + " from finance_category_amount c"
                        + " join finance_transaction_item i on i.transaction_id = c.transaction_id"
                        + " and i.item_no = c.item_no"
                        + " join finance_transaction t on t.transaction_id = c.transaction_id " + where
                        + " group by 1, c.category",
                params);
    }

    private Map<String, Map<FeeCategory, BigDecimal>> grouped(String sql, List<Object> params) {
        Map<String, Map<FeeCategory, BigDecimal>> result = new HashMap<>();
        jdbc.query(
                sql,
                rs -> {
                    result.computeIfAbsent(rs.getString("k"), k -> new EnumMap<>(FeeCategory.class))
                            .put(FeeCategory.valueOf(rs.getString("category")), rs.getBigDecimal("amount"));
                },
                params.toArray());
        return result;
    }

    private static void account(StringBuilder where, List<Object> params, AccountId account) {
        if (account != null) {
            where.append(" and t.account_id = ?");
            params.add(account.value());
        }
    }
}
