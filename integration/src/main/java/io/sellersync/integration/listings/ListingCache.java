// SPDX-License-Identifier: Apache-2.0
package io.sellersync.integration.listings;

import io.sellersync.messages.accounts.AccountId;
import io.sellersync.messages.inventory.ItemCondition;
import io.sellersync.messages.shared.MarketplaceId;
import io.sellersync.messages.shared.Money;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The listing cache tables: an account's SKUs per marketplace from the last completed listing report, replaced as a
 * whole in one transaction, and the state of each account and marketplace's import.
 */
@Component
public class ListingCache {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;

    public ListingCache(JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /**
     * The seller SKU for an ASIN in a condition: an active listing first, then the one with the lowest SKU, so the
     * answer is the same every time.
     */
    Optional<CachedListing> find(AccountId account, MarketplaceId marketplace, String asin, ItemCondition condition) {
        List<CachedListing> rows = jdbc.query(
                "select * from listing_cache where account_id = ? and marketplace_id = ? and asin = ?"
                        + " and condition_type = ?",
                ListingCache::row,
                account.value(),
                marketplace.value(),
                asin,
                condition.code());
        return rows.stream()
                .min(Comparator.comparing((CachedListing l) -> !l.active()).thenComparing(CachedListing::sellerSku));
    }

    boolean contains(AccountId account, MarketplaceId marketplace, String sellerSku) {
        Integer n = jdbc.queryForObject(
                "select count(*) from listing_cache where account_id = ? and marketplace_id = ? and seller_sku = ?",
                Integer.class,
                account.value(),
                marketplace.value(),
                sellerSku);
        return n != null && n > 0;
    }

    long count(AccountId account, MarketplaceId marketplace) {
        Long n = jdbc.queryForObject(
                "select count(*) from listing_cache where account_id = ? and marketplace_id = ?",
                Long.class,
                account.value(),
                marketplace.value());
        return n == null ? 0 : n;
    }

    /** Replaces the account's snapshot for the marketplace in one transaction and records the finished import. */
    void replace(AccountId account, MarketplaceId marketplace, List<CachedListing> listings, Instant importedAt) {
        transactions.executeWithoutResult(status -> {
            jdbc.update(
                    "delete from listing_cache where account_id = ? and marketplace_id = ?",
                    account.value(),
                    marketplace.value());
            jdbc.batchUpdate(
                    "insert into listing_cache (account_id, marketplace_id, seller_sku, asin, condition_type, price,"
                            + " currency, quantity, status, imported_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                            + " on conflict (account_id, marketplace_id, seller_sku) do nothing",
                    listings,
                    500,
                    (ps, l) -> {
                        ps.setString(1, account.value());
                        ps.setString(2, marketplace.value());
                        ps.setString(3, l.sellerSku());
                        ps.setString(4, l.asin());
                        ps.setString(
                                5, l.condition() == null ? null : l.condition().code());
                        ps.setBigDecimal(6, l.price() == null ? null : l.price().amount());
                        ps.setString(
                                7,
                                l.price() == null ? null : l.price().currency().getCurrencyCode());
                        if (l.quantity() == null) {
                            ps.setNull(8, Types.INTEGER);
                        } else {
                            ps.setInt(8, l.quantity());
                        }
                        ps.setString(9, l.status());
                        ps.setTimestamp(10, Timestamp.from(importedAt));
                    });
            jdbc.update(
                    "insert into listing_cache_import (account_id, marketplace_id, state, report_id, started_at,"
                            + " last_import_at, sku_count, last_error, updated_at)"
                            + " values (?, ?, 'DONE', null, null, ?, ?, null, ?)"
                            + " on conflict (account_id, marketplace_id) do update set state = 'DONE', report_id = null,"
                            + " last_import_at = excluded.last_import_at, sku_count = excluded.sku_count,"
                            + " last_error = null, updated_at = excluded.updated_at",
                    account.value(),
                    marketplace.value(),
                    Timestamp.from(importedAt),
                    listings.size(),
                    Timestamp.from(importedAt));
        });
    }

    /** Records what the import is doing now; a null error keeps the previous one. */
    void state(AccountId account, MarketplaceId marketplace, String state, String reportId, Instant at) {
        jdbc.update(
                "insert into listing_cache_import (account_id, marketplace_id, state, report_id, started_at,"
                        + " updated_at) values (?, ?, ?, ?, ?, ?)"
                        + " on conflict (account_id, marketplace_id) do update set state = excluded.state,"
                        + " report_id = excluded.report_id, started_at = coalesce(listing_cache_import.started_at,"
                        + " excluded.started_at), updated_at = excluded.updated_at",
                account.value(),
                marketplace.value(),
                state,
                reportId,
                Timestamp.from(at),
                Timestamp.from(at));
        if ("QUEUED".equals(state)) {
            jdbc.update(
                    "update listing_cache_import set started_at = ? where account_id = ? and marketplace_id = ?",
                    Timestamp.from(at),
                    account.value(),
                    marketplace.value());
        }
    }

    /** The import failed: the previous snapshot stays, the error is kept for the page. */
    void failed(AccountId account, MarketplaceId marketplace, String error, Instant at) {
        jdbc.update(
                "insert into listing_cache_import (account_id, marketplace_id, state, last_error, updated_at)"
                        + " values (?, ?, 'FAILED', ?, ?)"
                        + " on conflict (account_id, marketplace_id) do update set state = 'FAILED', report_id = null,"
                        + " last_error = excluded.last_error, updated_at = excluded.updated_at",
                account.value(),
                marketplace.value(),
                error,
                Timestamp.from(at));
    }

    /** The import row of every account and marketplace that has one. */
    List<ImportStatus> statuses() {
        return jdbc.query(
                "select * from listing_cache_import",
                (rs, n) -> new ImportStatus(
                        new AccountId(rs.getString("account_id")),
                        new MarketplaceId(rs.getString("marketplace_id")),
                        rs.getString("state"),
                        rs.getString("report_id"),
                        instant(rs, "last_import_at"),
                        rs.getInt("sku_count"),
                        rs.getString("last_error"),
                        instant(rs, "updated_at")));
    }

    /** A row of {@code listing_cache_import}. */
    record ImportStatus(
            AccountId accountId,
            MarketplaceId marketplaceId,
            String state,
            String reportId,
            Instant lastImportAt,
            int skus,
            String lastError,
            Instant updatedAt) {}

    private static CachedListing row(ResultSet rs, int n) throws SQLException {
        BigDecimal price = rs.getBigDecimal("price");
        String currency = rs.getString("currency");
        int quantity = rs.getInt("quantity");
        Integer q = rs.wasNull() ? null : quantity;
        return new CachedListing(
                rs.getString("seller_sku"),
                rs.getString("asin"),
                ItemCondition.parse(rs.getString("condition_type")).orElse(null),
                price == null || currency == null ? null : new Money(price, java.util.Currency.getInstance(currency)),
                q,
                rs.getString("status"));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
