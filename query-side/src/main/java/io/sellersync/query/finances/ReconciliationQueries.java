// SPDX-License-Identifier: Apache-2.0
package io.sellersync.query.finances;

import io.sellersync.messages.accounts.AccountId;
import io.sellersync.messages.finances.FeeCategory;
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
import io.sellersync.messages.shared.MarketplaceId;
import io.sellersync.messages.shared.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reconciliation by order, by payout (financial event group) and by SKU, computed on each request as sums over the
 * {@code finances} read model, so they are exactly as replayable as it is and never drift from the transactions they
 * sum. An order's money is every transaction that names it; a payout's is every transaction carrying its group id in
 * its marketplace, against the {@code Transfer} of that group.
 */
@Component
class ReconciliationQueries {

    static final String REFUND_WITHOUT_SALE = "Refund without a sale (the sale is not among the transactions)";
    static final String REFUNDED_MORE = "Refunded more than was sold";
    static final String UNCATEGORISED = "Uncategorised money";
    static final String DEFERRED = "Not released by Amazon yet";

    private final JdbcTemplate jdbc;

    ReconciliationQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    OrderReconciliationPage handle(OrderReconciliationQuery query) {
        int size = Math.max(1, Math.min(query.size(), 500));
        int page = Math.max(0, query.page());
        List<Object> params = new ArrayList<>();
        StringBuilder where = new StringBuilder("where t.order_id is not null");
        account(where, params, query.accountId());
        if (query.search() != null && !query.search().isBlank()) {
            where.append(" and t.order_id = ?");
            params.add(query.search().trim());
        }
        String orders = """
                with o as (
                    select t.account_id, t.order_id, t.currency, max(t.marketplace_id) marketplace_id, count(*) n,
                        min(t.posted_at) first_posted, max(t.posted_at) last_posted, sum(t.sales) sales,
                        sum(t.refunds) refunds, sum(t.fees) fees, sum(t.net) net, sum(t.uncategorised) unc,
                        bool_or(t.sales <> 0) has_sale, bool_or(t.status = 'DEFERRED') deferred
                    from finance_transaction t %s
                    group by t.account_id, t.order_id, t.currency),
                f as (select o.*, (o.unc <> 0 or (o.refunds <> 0 and not o.has_sale) or (o.sales + o.refunds < 0))
                    mismatch from o)
                """.formatted(where);
        Map<String, Object> counts = jdbc.queryForMap(
                orders + "select count(*) total, count(*) filter (where mismatch) mismatches from f", params.toArray());
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(size);
        pageParams.add((long) page * size);
        List<Map<String, Object>> rows = jdbc.queryForList(
                orders + "select * from f" + (query.mismatchesOnly() ? " where mismatch" : "")
                        + " order by mismatch desc, last_posted desc, order_id limit ? offset ?",
                pageParams.toArray());
        Map<String, Map<FeeCategory, BigDecimal>> fees = orderFees(rows, query.accountId());
        List<OrderReconciliationView> items = new ArrayList<>();
        for (Map<String, Object> row : rows) {
            String currency = (String) row.get("currency");
            BigDecimal sales = (BigDecimal) row.get("sales");
            BigDecimal refunds = (BigDecimal) row.get("refunds");
            BigDecimal unc = (BigDecimal) row.get("unc");
            List<String> flags = new ArrayList<>();
            if (refunds.signum() != 0 && !(Boolean) row.get("has_sale")) {
                flags.add(REFUND_WITHOUT_SALE);
            } else if (sales.add(refunds).signum() < 0) {
                flags.add(REFUNDED_MORE);
            }
            if (unc.signum() != 0) {
                flags.add(UNCATEGORISED + " " + FinanceSql.money(unc, currency));
            }
            if ((Boolean) row.get("deferred")) {
                flags.add(DEFERRED);
            }
            String key = row.get("account_id") + "|" + row.get("order_id") + "|" + currency;
            items.add(new OrderReconciliationView(
                    new AccountId((String) row.get("account_id")),
                    (String) row.get("order_id"),
                    row.get("marketplace_id") == null ? null : new MarketplaceId((String) row.get("marketplace_id")),
                    currency,
                    ((Number) row.get("n")).intValue(),
                    ((Timestamp) row.get("first_posted")).toInstant(),
                    ((Timestamp) row.get("last_posted")).toInstant(),
                    FinanceSql.money(sales, currency),
                    FinanceSql.money(refunds, currency),
                    FinanceSql.money((BigDecimal) row.get("fees"), currency),
                    FinanceSql.money((BigDecimal) row.get("net"), currency),
                    FinanceSql.money(unc, currency),
                    FinanceSql.categories(fees.getOrDefault(key, Map.of()), currency, true),
                    flags,
                    (Boolean) row.get("mismatch")));
        }
        return new OrderReconciliationPage(
                items,
                ((Number) counts.get("total")).longValue(),
                ((Number) counts.get("mismatches")).longValue(),
                page,
                size);
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
        List<SkuSummaryView> items = new ArrayList<>();
        for (Map<String, Object> row : rows) {
            String currency = (String) row.get("currency");
            long sold = ((Number) row.get("sold")).longValue();
            long refunded = ((Number) row.get("refunded")).longValue();
            BigDecimal net = (BigDecimal) row.get("net");
            BigDecimal unitCost = (BigDecimal) row.get("unit_cost");
            Money unit = null;
            Money cost = null;
            Money margin = null;
            if (unitCost != null) {
                BigDecimal unitRounded =
                        unitCost.setScale(4, RoundingMode.HALF_UP).stripTrailingZeros();
                BigDecimal costAmount =
                        unitCost.multiply(BigDecimal.valueOf(sold - refunded)).setScale(2, RoundingMode.HALF_UP);
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
                    margin));
        }
        return new SkuSummaryPage(items, total == null ? 0 : total, page, size);
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
