// SPDX-License-Identifier: Apache-2.0
package io.sellersync.query.finances;

import io.sellersync.messages.finances.AmazonTransaction;
import io.sellersync.messages.finances.FeeCategory;
import io.sellersync.messages.finances.TransactionFigures;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The transactions one batch of events wrote, kept until the batch commits and then written set-based: one upsert of
 * every row over {@code unnest} arrays (a row only replaces an older version of itself), one delete and one insert for
 * their categories and items. A batch of 100 events costs five round trips instead of five hundred. Two events of one
 * transaction in a batch keep the later version and count both changes.
 */
final class FinanceRows {

    /** One transaction as the read model keeps it, with its figures and those of its items. */
    record Row(
            String id,
            String accountId,
            AmazonTransaction transaction,
            TransactionFigures figures,
            List<Item> items,
            long version,
            int changes,
            Instant at) {

        Row plusChanges(int earlier) {
            return new Row(id, accountId, transaction, figures, items, version, changes + earlier, at);
        }
    }

    /** One item (1-based) with its SKU, ASIN, quantity and figures. */
    record Item(int itemNo, String sku, String asin, Integer quantity, TransactionFigures figures) {}

    private final Map<String, Row> rows = new LinkedHashMap<>();

    void add(Row row) {
        rows.merge(
                row.id(), row, (old, next) -> next.version() > old.version() ? next.plusChanges(old.changes()) : old);
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }

    void flush(JdbcTemplate jdbc) {
        if (rows.isEmpty()) {
            return;
        }
        List<Row> all = new ArrayList<>(rows.values());
        rows.clear();
        Set<String> written = new HashSet<>(upsert(jdbc, all));
        if (written.isEmpty()) {
            return;
        }
        String[] ids = written.toArray(String[]::new);
        jdbc.update(
                "delete from finance_category_amount where transaction_id = any(?)",
                ps -> ps.setArray(1, array(ps, "text", ids)));
        jdbc.update(
                "delete from finance_transaction_item where transaction_id = any(?)",
                ps -> ps.setArray(1, array(ps, "text", ids)));
        List<Object[]> categories = new ArrayList<>();
        List<Object[]> items = new ArrayList<>();
        for (Row row : all) {
            if (!written.contains(row.id())) {
                continue;
            }
            categories(categories, row.id(), 0, row.figures());
            for (Item item : row.items()) {
                categories(categories, row.id(), item.itemNo(), item.figures());
                TransactionFigures f = item.figures();
                items.add(new Object[] {
                    row.id(),
                    item.itemNo(),
                    item.sku(),
                    item.asin(),
                    item.quantity(),
                    f.sales(),
                    f.refunds(),
                    f.fees(),
                    f.net(),
                    f.uncategorised()
                });
            }
        }
        insertCategories(jdbc, categories);
        insertItems(jdbc, items);
    }

    private static List<String> upsert(JdbcTemplate jdbc, List<Row> all) {
        int n = all.size();
        Object[][] columns = new Object[28][n];
        for (int i = 0; i < n; i++) {
            Row row = all.get(i);
            AmazonTransaction t = row.transaction();
            TransactionFigures f = row.figures();
            Object[] values = {
                row.id(),
                row.accountId(),
                t.transactionId(),
                t.type(),
                t.status(),
                t.description(),
                Timestamp.from(t.postedDate()),
                FinanceProjection.MONTH.format(t.postedDate()),
                t.marketplaceId() == null ? null : t.marketplaceId().value(),
                t.orderId(),
                t.financialEventGroupId(),
                t.sku(),
                t.asin(),
                t.quantity(),
                t.currency(),
                t.total().amount(),
                f.sales(),
                f.refunds(),
                f.fees(),
                f.reserve(),
                f.payouts(),
                f.uncategorised(),
                f.net(),
                f.unknownTypes().isEmpty() ? null : String.join("\n", f.unknownTypes()),
                row.version(),
                row.changes(),
                Timestamp.from(row.at()),
                Timestamp.from(row.at())
            };
            for (int c = 0; c < values.length; c++) {
                columns[c][i] = values[c];
            }
        }
        String[] types = {
            "text",
            "text",
            "text",
            "text",
            "text",
            "text",
            "timestamptz",
            "text",
            "text",
            "text",
            "text",
            "text",
            "text",
            "int4",
            "text",
            "numeric",
            "numeric",
            "numeric",
            "numeric",
            "numeric",
            "numeric",
            "numeric",
            "numeric",
            "text",
            "int8",
            "int4",
            "timestamptz",
            "timestamptz"
        };
        return jdbc.query(
                """
                insert into finance_transaction (transaction_id, account_id, amazon_transaction_id, type, status,
                    description, posted_at, posted_month, marketplace_id, order_id, group_id, sku, asin, quantity,
                    currency, total, sales, refunds, fees, reserve, payouts, uncategorised, net, unknown_types,
                    version, changes, recorded_at, updated_at)
                select * from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
                    ?::timestamptz[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::int4[],
                    ?::text[], ?::numeric[], ?::numeric[], ?::numeric[], ?::numeric[], ?::numeric[], ?::numeric[],
                    ?::numeric[], ?::numeric[], ?::text[], ?::int8[], ?::int4[], ?::timestamptz[], ?::timestamptz[])
                on conflict (transaction_id) do update set type = excluded.type, status = excluded.status,
                    description = excluded.description, posted_at = excluded.posted_at,
                    posted_month = excluded.posted_month, marketplace_id = excluded.marketplace_id,
                    order_id = excluded.order_id, group_id = excluded.group_id, sku = excluded.sku,
                    asin = excluded.asin, quantity = excluded.quantity, currency = excluded.currency,
                    total = excluded.total, sales = excluded.sales, refunds = excluded.refunds, fees = excluded.fees,
                    reserve = excluded.reserve, payouts = excluded.payouts, uncategorised = excluded.uncategorised,
                    net = excluded.net, unknown_types = excluded.unknown_types, version = excluded.version,
                    changes = finance_transaction.changes + excluded.changes, updated_at = excluded.updated_at
                where finance_transaction.version < excluded.version
                returning transaction_id
                """,
                ps -> {
                    for (int c = 0; c < columns.length; c++) {
                        ps.setArray(c + 1, array(ps, types[c], columns[c]));
                    }
                },
                (rs, rowNum) -> rs.getString(1));
    }

    private static void categories(List<Object[]> rows, String id, int itemNo, TransactionFigures figures) {
        for (Map.Entry<FeeCategory, BigDecimal> e : figures.categories().entrySet()) {
            rows.add(new Object[] {id, itemNo, e.getKey().name(), e.getValue()});
        }
    }

    private static void insertCategories(JdbcTemplate jdbc, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        Object[][] columns = transpose(rows, 4);
        jdbc.update("""
                insert into finance_category_amount (transaction_id, item_no, category, amount)
                select * from unnest(?::text[], ?::int4[], ?::text[], ?::numeric[])
                """, ps -> {
            ps.setArray(1, array(ps, "text", columns[0]));
            ps.setArray(2, array(ps, "int4", columns[1]));
            ps.setArray(3, array(ps, "text", columns[2]));
            ps.setArray(4, array(ps, "numeric", columns[3]));
        });
    }

    private static void insertItems(JdbcTemplate jdbc, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        Object[][] columns = transpose(rows, 10);
        String[] types = {"text", "int4", "text", "text", "int4", "numeric", "numeric", "numeric", "numeric", "numeric"
        };
        jdbc.update("""
                insert into finance_transaction_item (transaction_id, item_no, sku, asin, quantity, sales, refunds,
                    fees, net, uncategorised)
                select * from unnest(?::text[], ?::int4[], ?::text[], ?::text[], ?::int4[], ?::numeric[],
                    ?::numeric[], ?::numeric[], ?::numeric[], ?::numeric[])
                """, ps -> {
            for (int c = 0; c < types.length; c++) {
                ps.setArray(c + 1, array(ps, types[c], columns[c]));
            }
        });
    }

    private static Object[][] transpose(List<Object[]> rows, int width) {
        Object[][] columns = new Object[width][rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            for (int c = 0; c < width; c++) {
                columns[c][i] = rows.get(i)[c];
            }
        }
        return columns;
    }

    private static Array array(PreparedStatement ps, String type, Object[] values) throws SQLException {
        return ps.getConnection().createArrayOf(type, values);
    }
}
