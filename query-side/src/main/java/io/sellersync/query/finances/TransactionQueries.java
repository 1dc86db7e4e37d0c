// SPDX-License-Identifier: Apache-2.0
package io.sellersync.query.finances;

import io.sellersync.messages.finances.AmazonTransaction;
import io.sellersync.messages.finances.CategoryAmount;
import io.sellersync.messages.finances.CurrencyTotalsView;
import io.sellersync.messages.finances.FeeCategory;
import io.sellersync.messages.finances.FindTransactionQuery;
import io.sellersync.messages.finances.ListTransactionsQuery;
import io.sellersync.messages.finances.MonthSummaryView;
import io.sellersync.messages.finances.MonthlySummaryQuery;
import io.sellersync.messages.finances.TransactionChangedEvent;
import io.sellersync.messages.finances.TransactionDetailView;
import io.sellersync.messages.finances.TransactionFacetsQuery;
import io.sellersync.messages.finances.TransactionFacetsView;
import io.sellersync.messages.finances.TransactionHistoryEntryView;
import io.sellersync.messages.finances.TransactionPage;
import io.sellersync.messages.finances.TransactionRecordedEvent;
import io.sellersync.messages.finances.TransactionSummaryQuery;
import io.sellersync.messages.finances.TransactionView;
import io.sellersync.messages.shared.AuditedEvent;
import io.sellersync.messages.shared.MarketplaceId;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The Transactions page and API: the filtered, sorted, paged list; summary cards per currency; month-by-month figures
 * (charts, monthly export); filter choices; and one transaction in full — its breakdown tree and history come from
 * the event store, the figures from the read model.
 */
@Component
class TransactionQueries {

    private static final Map<String, String> SORTS = Map.of(
            "postedDate", "t.posted_at",
            "type", "t.type",
            "status", "t.status",
            "total", "t.total",
            "net", "t.net",
            "fees", "t.fees",
            "orderId", "t.order_id");

    private final JdbcTemplate jdbc;
    private final EventStore eventStore;

    TransactionQueries(JdbcTemplate jdbc, EventStore eventStore) {
        this.jdbc = jdbc;
        this.eventStore = eventStore;
    }

    @QueryHandler
    TransactionPage handle(ListTransactionsQuery query) {
        int size = Math.max(1, Math.min(query.size(), 1000));
        int page = Math.max(0, query.page());
        FinanceSql.Where where = FinanceSql.where(query.filter());
        String order = SORTS.getOrDefault(query.sort() == null ? "postedDate" : query.sort(), "t.posted_at");
        String direction = query.sort() == null || query.desc() ? " desc" : " asc";
        Long total = jdbc.queryForObject(
                "select count(*) from finance_transaction t " + where.sql(), Long.class, where.args());
        List<TransactionView> rows = jdbc.query(
                "select " + FinanceSql.COLUMNS + " from finance_transaction t " + where.sql() + " order by " + order
                        + direction + ", t.transaction_id" + direction + " limit ? offset ?",
                (rs, n) -> FinanceSql.transaction(rs, List.of()),
                where.args(size, (long) page * size));
        Map<String, List<CategoryAmount>> categories =
                categories(rows.stream().map(v -> v.transactionId().value()).toList());
        List<TransactionView> items = rows.stream()
                .map(v -> FinanceSql.withCategories(
                        v, categories.getOrDefault(v.transactionId().value(), List.of())))
                .toList();
        return new TransactionPage(items, total == null ? 0 : total, page, size);
    }

    @QueryHandler
    Optional<TransactionDetailView> handle(FindTransactionQuery query) {
        String id = query.transactionId().value();
        Map<String, List<CategoryAmount>> categories = categories(List.of(id));
        List<TransactionView> found = jdbc.query(
                "select " + FinanceSql.COLUMNS + " from finance_transaction t where t.transaction_id = ?",
                (rs, n) -> FinanceSql.transaction(rs, categories.getOrDefault(id, List.of())),
                id);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        List<TransactionHistoryEntryView> history = new ArrayList<>();
        AmazonTransaction[] latest = new AmazonTransaction[1];
        eventStore.readEvents(id).forEachRemaining(event -> {
            Object payload = event.getPayload();
            if (payload instanceof TransactionRecordedEvent recorded) {
                latest[0] = recorded.transaction();
            }
            if (payload instanceof TransactionChangedEvent changed) {
                latest[0] = changed.transaction();
            }
            history.add(new TransactionHistoryEntryView(
                    event.getTimestamp(),
                    payload.getClass().getSimpleName(),
                    payload instanceof AuditedEvent audited
                            ? audited.describe()
                            : payload.getClass().getSimpleName(),
                    payload instanceof TransactionChangedEvent changed ? changed.changes() : List.of()));
        });
        TransactionView view = found.get(0);
        return Optional.of(new TransactionDetailView(view, latest[0], view.categories(), history));
    }

    @QueryHandler
    List<CurrencyTotalsView> handle(TransactionSummaryQuery query) {
        FinanceSql.Where where = FinanceSql.where(query.filter());
        Map<String, Map<FeeCategory, BigDecimal>> byCurrency = new HashMap<>();
        jdbc.query(
                "select t.currency, c.category, sum(c.amount) amount from finance_category_amount c"
                        + " join finance_transaction t on t.transaction_id = c.transaction_id and c.item_no = 0 "
                        + where.sql() + " group by t.currency, c.category",
                rs -> {
                    byCurrency
                            .computeIfAbsent(rs.getString("currency"), k -> new EnumMap<>(FeeCategory.class))
                            .put(FeeCategory.valueOf(rs.getString("category")), rs.getBigDecimal("amount"));
                },
                where.args());
        return jdbc.query(
                "select t.currency, count(*) n, sum(t.sales) sales, sum(t.refunds) refunds, sum(t.fees) fees,"
                        + " sum(t.net) net, sum(t.reserve) reserve, sum(t.payouts) payouts,"
                        + " sum(t.uncategorised) uncategorised from finance_transaction t " + where.sql()
                        + " group by t.currency order by t.currency",
                (rs, n) -> {
                    String currency = rs.getString("currency");
                    return new CurrencyTotalsView(
                            currency,
                            rs.getLong("n"),
                            FinanceSql.money(rs, "sales", currency),
                            FinanceSql.money(rs, "refunds", currency),
                            FinanceSql.money(rs, "fees", currency),
                            FinanceSql.money(rs, "net", currency),
                            FinanceSql.money(rs, "reserve", currency),
                            FinanceSql.money(rs, "payouts", currency),
                            FinanceSql.money(rs, "uncategorised", currency),
                            FinanceSql.categories(byCurrency.getOrDefault(currency, Map.of()), currency, false));
                },
                where.args());
    }

    @QueryHandler
    List<MonthSummaryView> handle(MonthlySummaryQuery query) {
        FinanceSql.Where where = FinanceSql.where(query.filter());
        Map<String, Map<FeeCategory, BigDecimal>> byMonth = new HashMap<>();
        jdbc.query(
                "select t.posted_month, t.currency, c.category, sum(c.amount) amount from finance_category_amount c"
                        + " join finance_transaction t on t.transaction_id = c.transaction_id and c.item_no = 0 "
                        + where.sql() + " group by t.posted_month, t.currency, c.category",
                rs -> {
                    byMonth.computeIfAbsent(
                                    rs.getString("posted_month") + "|" + rs.getString("currency"),
                                    k -> new EnumMap<>(FeeCategory.class))
                            .put(FeeCategory.valueOf(rs.getString("category")), rs.getBigDecimal("amount"));
                },
                where.args());
        return jdbc.query(
                "select t.posted_month, t.currency, count(*) n, sum(t.sales) sales, sum(t.refunds) refunds,"
                        + " sum(t.fees) fees, sum(t.net) net, sum(t.reserve) reserve, sum(t.payouts) payouts,"
                        + " sum(t.uncategorised) uncategorised from finance_transaction t " + where.sql()
                        + " group by t.posted_month, t.currency order by t.posted_month, t.currency",
                (rs, n) -> {
                    String month = rs.getString("posted_month");
                    String currency = rs.getString("currency");
                    return new MonthSummaryView(
                            month,
                            currency,
                            rs.getLong("n"),
                            FinanceSql.money(rs, "sales", currency),
                            FinanceSql.money(rs, "refunds", currency),
                            FinanceSql.money(rs, "fees", currency),
                            FinanceSql.money(rs, "net", currency),
                            FinanceSql.money(rs, "reserve", currency),
                            FinanceSql.money(rs, "payouts", currency),
                            FinanceSql.money(rs, "uncategorised", currency),
                            FinanceSql.categories(
                                    byMonth.getOrDefault(month + "|" + currency, Map.of()), currency, false));
                },
                where.args());
    }

    @QueryHandler
    TransactionFacetsView handle(TransactionFacetsQuery query) {
        String where = query.accountId() == null ? "" : " where account_id = ?";
        Object[] args = query.accountId() == null
                ? new Object[0]
                : new Object[] {query.accountId().value()};
        List<String> types = jdbc.queryForList(
                "select distinct type from finance_transaction" + where + " order by type", String.class, args);
        List<String> statuses = jdbc.queryForList(
                "select distinct status from finance_transaction" + where + (where.isEmpty() ? " where" : " and")
                        + " status is not null order by status",
                String.class,
                args);
        List<MarketplaceId> marketplaces = jdbc
                .queryForList(
                        "select distinct marketplace_id from finance_transaction" + where
                                + (where.isEmpty() ? " where" : " and")
                                + " marketplace_id is not null order by marketplace_id",
                        String.class,
                        args)
                .stream()
                .map(MarketplaceId::new)
                .toList();
        return new TransactionFacetsView(types, statuses, marketplaces);
    }

    /** The whole-transaction category amounts of the given transactions, in registry order. */
    private Map<String, List<CategoryAmount>> categories(List<String> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<String, Map<FeeCategory, BigDecimal>> amounts = new LinkedHashMap<>();
        Map<String, String> currencies = new HashMap<>();
        jdbc.query(
                "select c.transaction_id, c.category, c.amount, t.currency from finance_category_amount c"
                        + " join finance_transaction t on t.transaction_id = c.transaction_id"
                        + " where c.item_no = 0 and c.transaction_id in (" + FinanceSql.placeholders(ids.size()) + ")",
                rs -> {
                    String id = rs.getString("transaction_id");
                    currencies.put(id, rs.getString("currency"));
                    amounts.computeIfAbsent(id, k -> new EnumMap<>(FeeCategory.class))
                            .put(FeeCategory.valueOf(rs.getString("category")), rs.getBigDecimal("amount"));
                },
                ids.toArray());
        Map<String, List<CategoryAmount>> result = new HashMap<>();
        amounts.forEach((id, map) -> result.put(id, FinanceSql.categories(map, currencies.get(id), false)));
        return result;
    }
}
