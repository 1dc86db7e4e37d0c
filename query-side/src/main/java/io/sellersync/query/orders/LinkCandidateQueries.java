// SPDX-License-Identifier: Apache-2.0
package io.sellersync.query.orders;

import io.sellersync.messages.inventory.InventoryItemId;
import io.sellersync.messages.inventory.InventoryItemView;
import io.sellersync.messages.inventory.InventoryStatus;
import io.sellersync.messages.inventory.ItemCondition;
import io.sellersync.messages.orders.FindLinkCandidatesQuery;
import io.sellersync.messages.shared.Money;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Which listed inventory items an order item may have sold, read from the inventory read model: those whose local SKU
 * is the seller SKU first, then those with the ASIN, each oldest first (FIFO). The linking policy and the unmatched
 * list's "pick units" both ask this.
 */
@Component
class LinkCandidateQueries {

    private final JdbcTemplate jdbc;

    LinkCandidateQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    List<InventoryItemView> handle(FindLinkCandidatesQuery query) {
        String sku = query.sellerSku() == null || query.sellerSku().isBlank()
                ? null
                : query.sellerSku().strip();
        String asin = query.asin() == null || query.asin().isBlank()
                ? null
                : query.asin().strip().toUpperCase(Locale.ROOT);
        if (sku == null && asin == null) {
            return List.of();
        }
        int limit = Math.max(1, Math.min(query.limit(), 500));
        return jdbc.query("""
                select * from inventory_item where status = ? and (local_sku = ? or asin = ?)
                order by case when local_sku = ? then 0 else 1 end, created_at, item_id limit ?
                """, (rs, n) -> view(rs), InventoryStatus.LISTED.name(), sku, asin, sku, limit);
    }

    private static InventoryItemView view(ResultSet rs) throws SQLException {
        return new InventoryItemView(
                new InventoryItemId(rs.getString("item_id")),
                rs.getString("local_sku"),
                rs.getString("asin"),
                rs.getString("title"),
                ItemCondition.valueOf(rs.getString("item_condition")),
                money(rs, "price_amount", "price_currency"),
                rs.getInt("quantity"),
                money(rs, "cost_amount", "cost_currency"),
                InventoryStatus.valueOf(rs.getString("status")),
                rs.getString("notes"),
                instant(rs, "created_at"),
                instant(rs, "updated_at"));
    }

    private static Money money(ResultSet rs, String amount, String currency) throws SQLException {
        String code = rs.getString(currency);
        return Money.ofStored(rs.getBigDecimal(amount), code == null ? null : Currency.getInstance(code));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp ts = rs.getTimestamp(column);
        return ts == null ? null : ts.toInstant();
    }
}
