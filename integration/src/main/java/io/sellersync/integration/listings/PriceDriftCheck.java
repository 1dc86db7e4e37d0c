// SPDX-License-Identifier: Apache-2.0
package io.sellersync.integration.listings;

import io.sellersync.integration.spapi.SpApiAccount;
import io.sellersync.integration.spapi.SpApiException;
import io.sellersync.integration.spapi.SpApiFailures;
import io.sellersync.messages.accounts.AccountId;
import io.sellersync.messages.inventory.InventoryItemId;
import io.sellersync.messages.inventory.InventoryItemView;
import io.sellersync.messages.inventory.InventoryPage;
import io.sellersync.messages.inventory.InventoryStatus;
import io.sellersync.messages.inventory.ItemCondition;
import io.sellersync.messages.inventory.SearchInventoryQuery;
import io.sellersync.messages.listings.PriceDriftCheckView;
import io.sellersync.messages.listings.PriceDriftView;
import io.sellersync.messages.shared.Marketplace;
import io.sellersync.messages.shared.MarketplaceId;
import io.sellersync.messages.shared.Marketplaces;
import io.sellersync.messages.shared.Money;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The drift check: the local prices of {@code LISTED} inventory items against Amazon's live prices. For each enabled
 * marketplace whose currency is the item's, the item's seller SKU is looked up by ASIN and condition in the listing
 * cache, and live prices are read 20 SKUs per call. The differences replace the account's previous ones in one
 * transaction; a failed check keeps them and records the error.
 */
@Component
public class PriceDriftCheck {

    static final int PAGE_SIZE = 200;

    private final QueryGateway queries;
    private final ListingCache cache;
    private final LiveListings live;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;

    public PriceDriftCheck(
            QueryGateway queries,
            ListingCache cache,
            LiveListings live,
            JdbcTemplate jdbc,
            PlatformTransactionManager transactionManager,
            Clock clock) {
        this.queries = queries;
        this.cache = cache;
        this.live = live;
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /** Every listed inventory item, page by page through the inventory's query. */
    List<InventoryItemView> listedItems() {
        List<InventoryItemView> items = new ArrayList<>();
        for (int page = 0; ; page++) {
            InventoryPage result = queries.query(
                            new SearchInventoryQuery(
                                    null, InventoryStatus.LISTED, null, "localSku", false, page, PAGE_SIZE),
                            InventoryPage.class)
                    .join();
            items.addAll(result.items());
            if (result.items().isEmpty() || (long) (page + 1) * PAGE_SIZE >= result.total()) {
                return items;
            }
        }
    }

    void queued(AccountId accountId) {
        state(accountId, "QUEUED", null);
    }

    /**
     * Runs the check for one account over the given listed items; returns the differences found. SP-API failures
     * are recorded as the check's error and passed to {@code onFailure}.
     */
    List<PriceDriftView> run(
            AccountId accountId,
            List<MarketplaceId> marketplaces,
            SpApiAccount account,
            List<InventoryItemView> listed,
            Consumer<SpApiException> onFailure) {
        Instant started = clock.instant();
        state(accountId, "RUNNING", null);
        List<PriceDriftView> drifts = new ArrayList<>();
        int compared = 0;
        try {
            for (MarketplaceId marketplace : marketplaces) {
                Currency currency = Marketplaces.find(marketplace)
                        .map(Marketplace::currency)
                        .orElse(null);
                Map<InventoryItemView, String> skus = new LinkedHashMap<>();
                for (InventoryItemView item : listed) {
                    if (item.asin() == null
                            || item.condition() == null
                            || item.price() == null
                            || !item.price().currency().equals(currency)) {
                        continue;
                    }
                    Optional<CachedListing> cached =
                            cache.find(accountId, marketplace, item.asin().toUpperCase(), item.condition());
                    cached.ifPresent(c -> skus.put(item, c.sellerSku()));
                }
                List<String> distinct = skus.values().stream().distinct().toList();
                Map<String, LiveListing> found = new LinkedHashMap<>();
                for (int from = 0; from < distinct.size(); from += LiveListings.BATCH) {
                    found.putAll(live.bySkus(
                            account,
                            marketplace,
                            distinct.subList(from, Math.min(distinct.size(), from + LiveListings.BATCH))));
                }
                Instant checkedAt = clock.instant();
                for (var entry : skus.entrySet()) {
                    InventoryItemView item = entry.getKey();
                    LiveListing listing = found.get(entry.getValue());
                    Money livePrice = listing == null ? null : listing.price();
                    compared++;
                    if (livePrice == null || !livePrice.sameAmount(item.price())) {
                        drifts.add(new PriceDriftView(
                                accountId,
                                marketplace,
                                item.itemId(),
                                item.localSku(),
                                item.asin(),
                                item.condition(),
                                entry.getValue(),
                                item.price(),
                                livePrice,
                                checkedAt));
                    }
                }
            }
        } catch (SpApiException failure) {
            onFailure.accept(failure);
            failed(
                    accountId,
                    "Could not read live prices from Amazon: "
                            + SpApiFailures.explain(failure, SpApiFailures.Retry.BY_HAND));
            return List.of();
        }
        int total = compared;
        transactions.executeWithoutResult(status -> {
            jdbc.update("delete from price_drift where account_id = ?", accountId.value());
            jdbc.batchUpdate(
                    "insert into price_drift (account_id, marketplace_id, item_id, local_sku, asin, condition_type,"
                            + " seller_sku, local_price, local_currency, live_price, live_currency, checked_at)"
                            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                            + " on conflict (account_id, marketplace_id, item_id) do nothing",
                    drifts,
                    200,
                    (ps, d) -> {
                        ps.setString(1, accountId.value());
                        ps.setString(2, d.marketplaceId().value());
                        ps.setString(3, d.itemId().toString());
                        ps.setString(4, d.localSku());
                        ps.setString(5, d.asin());
                        ps.setString(6, d.condition().code());
                        ps.setString(7, d.sellerSku());
                        ps.setBigDecimal(8, d.localPrice().amount());
                        ps.setString(9, d.localPrice().currency().getCurrencyCode());
                        ps.setBigDecimal(
                                10, d.livePrice() == null ? null : d.livePrice().amount());
                        ps.setString(
                                11,
                                d.livePrice() == null
                                        ? null
                                        : d.livePrice().currency().getCurrencyCode());
                        ps.setTimestamp(12, Timestamp.from(d.checkedAt()));
                    });
            jdbc.update(
                    "insert into price_drift_check (account_id, state, started_at, finished_at, compared, last_error)"
                            + " values (?, 'DONE', ?, ?, ?, null) on conflict (account_id) do update set state = 'DONE',"
                            + " started_at = excluded.started_at, finished_at = excluded.finished_at,"
                            + " compared = excluded.compared, last_error = null",
                    accountId.value(),
                    Timestamp.from(started),
                    Timestamp.from(clock.instant()),
                    total);
        });
        return drifts;
    }

    void failed(AccountId accountId, String error) {
        jdbc.update(
                "insert into price_drift_check (account_id, state, finished_at, last_error) values (?, 'FAILED', ?, ?)"
                        + " on conflict (account_id) do update set state = 'FAILED',"
                        + " finished_at = excluded.finished_at, last_error = excluded.last_error",
                accountId.value(),
                Timestamp.from(clock.instant()),
                error);
    }

    private void state(AccountId accountId, String state, String error) {
        jdbc.update(
                "insert into price_drift_check (account_id, state, started_at, last_error) values (?, ?, ?, ?)"
                        + " on conflict (account_id) do update set state = excluded.state,"
                        + " started_at = excluded.started_at",
                accountId.value(),
                state,
                Timestamp.from(clock.instant()),
                error);
    }

    /** The stored differences, for one account or all (null), by account, marketplace and local SKU. */
    List<PriceDriftView> drifts(AccountId accountId) {
        String sql = "select * from price_drift"
                + (accountId == null ? "" : " where account_id = ?")
                + " order by account_id, marketplace_id, local_sku";
        return accountId == null
                ? jdbc.query(sql, PriceDriftCheck::drift)
                : jdbc.query(sql, PriceDriftCheck::drift, accountId.value());
    }

    List<PriceDriftCheckView> checks(AccountId accountId) {
        String sql = "select * from price_drift_check" + (accountId == null ? "" : " where account_id = ?")
                + " order by account_id";
        org.springframework.jdbc.core.RowMapper<PriceDriftCheckView> mapper = (rs, n) -> new PriceDriftCheckView(
                new AccountId(rs.getString("account_id")),
                rs.getString("state"),
                ListingCache.instant(rs, "started_at"),
                ListingCache.instant(rs, "finished_at"),
                rs.getInt("compared"),
                rs.getString("last_error"));
        return accountId == null ? jdbc.query(sql, mapper) : jdbc.query(sql, mapper, accountId.value());
    }

    private static PriceDriftView drift(ResultSet rs, int n) throws SQLException {
        BigDecimal live = rs.getBigDecimal("live_price");
        return new PriceDriftView(
                new AccountId(rs.getString("account_id")),
                new MarketplaceId(rs.getString("marketplace_id")),
                new InventoryItemId(rs.getString("item_id")),
                rs.getString("local_sku"),
                rs.getString("asin"),
                ItemCondition.parse(rs.getString("condition_type")).orElse(null),
                rs.getString("seller_sku"),
                new Money(rs.getBigDecimal("local_price"), Currency.getInstance(rs.getString("local_currency"))),
                live == null ? null : new Money(live, Currency.getInstance(rs.getString("live_currency"))),
                ListingCache.instant(rs, "checked_at"));
    }
}
