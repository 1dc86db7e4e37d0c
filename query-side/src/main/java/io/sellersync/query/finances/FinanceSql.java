// SPDX-License-Identifier: Apache-2.0
package io.sellersync.query.finances;

import io.sellersync.messages.accounts.AccountId;
import io.sellersync.messages.finances.CategoryAmount;
import io.sellersync.messages.finances.FeeCategory;
import io.sellersync.messages.finances.FinancialTransactionId;
import io.sellersync.messages.finances.TransactionFilter;
import io.sellersync.messages.finances.TransactionView;
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
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The SQL pieces the finance queries share: the filter as a where clause, row mapping, money. */
final class FinanceSql {

    static final String COLUMNS = """
            t.transaction_id, t.account_id, t.amazon_transaction_id, t.type, t.status, t.description, t.posted_at,
            t.marketplace_id, t.order_id, t.group_id, t.sku, t.asin, t.quantity, t.currency, t.total, t.sales,
            t.refunds, t.fees, t.net, t.uncategorised, t.unknown_types, t.changes, t.updated_at
            """;

    private FinanceSql() {}

    /** A where clause (starting with {@code where}, or empty) and its parameters. */
    record Where(String sql, List<Object> params) {

        Object[] args(Object... more) {
            List<Object> all = new ArrayList<>(params);
            all.addAll(Arrays.asList(more));
            return all.toArray();
        }
    }

    static Where where(TransactionFilter filter) {
        List<String> parts = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        if (filter != null) {
            if (filter.accountId() != null) {
                parts.add("t.account_id = ?");
                params.add(filter.accountId().value());
            }
            if (filter.type() != null) {
                parts.add("t.type = ?");
                params.add(filter.type());
            }
            if (filter.status() != null) {
                parts.add("t.status = ?");
                params.add(filter.status());
            }
            if (filter.marketplaceId() != null) {
                parts.add("t.marketplace_id = ?");
                params.add(filter.marketplaceId().value());
            }
            if (filter.postedFrom() != null) {
                parts.add("t.posted_at >= ?");
                params.add(Timestamp.from(filter.postedFrom()));
            }
            if (filter.postedTo() != null) {
                parts.add("t.posted_at < ?");
                params.add(Timestamp.from(filter.postedTo()));
            }
            if (filter.search() != null && !filter.search().isBlank()) {
                String search = filter.search().trim();
                parts.add("(t.order_id = ? or t.asin = ? or lower(t.sku) like ? or t.amazon_transaction_id = ?)");
                params.add(search);
                params.add(search.toUpperCase(Locale.ROOT));
                params.add(search.toLowerCase(Locale.ROOT).replace("%", "\\%").replace("_", "\\_") + "%");
                params.add(search);
            }
            if (filter.uncategorisedOnly()) {
                parts.add("(t.uncategorised <> 0 or t.unknown_types is not null)");
            }
        }
        return new Where(parts.isEmpty() ? "" : "where " + String.join(" and ", parts), params);
    }

    static TransactionView transaction(ResultSet rs, List<CategoryAmount> categories) throws SQLException {
        Currency currency = Currency.getInstance(rs.getString("currency"));
        String unknown = rs.getString("unknown_types");
        String marketplace = rs.getString("marketplace_id");
        Integer quantity = rs.getObject("quantity", Integer.class);
        return new TransactionView(
                new FinancialTransactionId(rs.getString("transaction_id")),
                new AccountId(rs.getString("account_id")),
                rs.getString("amazon_transaction_id"),
                rs.getString("type"),
                rs.getString("status"),
                rs.getString("description"),
                instant(rs, "posted_at"),
                marketplace == null ? null : new MarketplaceId(marketplace),
                rs.getString("order_id"),
                rs.getString("group_id"),
                rs.getString("sku"),
                rs.getString("asin"),
                quantity,
                new Money(rs.getBigDecimal("total"), currency),
                new Money(rs.getBigDecimal("sales"), currency),
                new Money(rs.getBigDecimal("refunds"), currency),
                new Money(rs.getBigDecimal("fees"), currency),
                new Money(rs.getBigDecimal("net"), currency),
                new Money(rs.getBigDecimal("uncategorised"), currency),
                unknown == null ? List.of() : List.of(unknown.split("\n")),
                categories,
                rs.getInt("changes"),
                instant(rs, "updated_at"));
    }

    static TransactionView withCategories(TransactionView v, List<CategoryAmount> categories) {
        return new TransactionView(
                v.transactionId(),
                v.accountId(),
                v.amazonTransactionId(),
                v.type(),
                v.status(),
                v.description(),
                v.postedDate(),
                v.marketplaceId(),
                v.orderId(),
                v.financialEventGroupId(),
                v.sku(),
                v.asin(),
                v.quantity(),
                v.total(),
                v.sales(),
                v.refunds(),
                v.fees(),
                v.net(),
                v.uncategorised(),
                v.unknownTypes(),
                categories,
                v.changes(),
                v.updatedAt());
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp ts = rs.getTimestamp(column);
        return ts == null ? null : ts.toInstant();
    }

    static Money money(BigDecimal amount, String currency) {
        return amount == null ? null : new Money(amount, Currency.getInstance(currency));
    }

    static Money money(ResultSet rs, String column, String currency) throws SQLException {
        return money(rs.getBigDecimal(column), currency);
    }

    /** Category amounts in registry order, only non-zero ones, fees only when {@code feesOnly}. */
    static List<CategoryAmount> categories(Map<FeeCategory, BigDecimal> amounts, String currency, boolean feesOnly) {
        Map<FeeCategory, BigDecimal> ordered = new EnumMap<>(FeeCategory.class);
        ordered.putAll(amounts);
        List<CategoryAmount> list = new ArrayList<>();
        ordered.forEach((category, amount) -> {
            if ((!feesOnly || category.isFee()) && amount.signum() != 0) {
                list.add(new CategoryAmount(category, money(amount, currency)));
            }
        });
        return list;
    }

    static String placeholders(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }
}
