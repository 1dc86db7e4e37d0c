// SPDX-License-Identifier: Apache-2.0
package io.sellersync.integration.listings;

import io.sellersync.integration.spapi.SpApiAccount;
import io.sellersync.integration.spapi.SpApiClients;
import io.sellersync.integration.spapi.api.CatalogApi;
import io.sellersync.messages.shared.MarketplaceId;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The product type of an ASIN in a marketplace, from Catalog Items ({@code includedData=productTypes}), kept in
 * {@code catalog_product_type} for the configured time (180 days) because it practically never changes and
 * {@code getCatalogItem} allows only 2 calls a second.
 */
@Component
public class ProductTypes {

    private final JdbcTemplate jdbc;
    private final SpApiClients clients;
    private final ListingsProperties properties;
    private final Clock clock;

    public ProductTypes(JdbcTemplate jdbc, SpApiClients clients, ListingsProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.clients = clients;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * The product type, from the cache when it is fresh, else from Amazon; empty when Catalog Items has no product
     * type for the ASIN in the marketplace. SP-API failures are thrown to the caller.
     */
    Optional<String> productType(SpApiAccount account, String asin, MarketplaceId marketplace) {
        Instant now = clock.instant();
        List<String> cached = jdbc.queryForList(
                "select product_type from catalog_product_type where asin = ? and marketplace_id = ?"
                        + " and fetched_at > ?",
                String.class,
                asin,
                marketplace.value(),
                Timestamp.from(now.minus(properties.productTypeTtl())));
        if (!cached.isEmpty()) {
            return Optional.of(cached.get(0));
        }
        var item = clients.client(CatalogApi.class, account)
                .getCatalogItem(asin, List.of(marketplace.value()), List.of("productTypes"));
        Optional<String> type = item.getProductTypes() == null
                ? Optional.empty()
                : item.getProductTypes().stream()
                        .filter(t -> marketplace.value().equals(t.getMarketplaceId()))
                        .map(t -> t.getProductType())
                        .filter(t -> t != null && !t.isBlank())
                        .findFirst();
        type.ifPresent(t -> jdbc.update(
                "insert into catalog_product_type (asin, marketplace_id, product_type, fetched_at) values (?, ?, ?, ?)"
                        + " on conflict (asin, marketplace_id) do update set product_type = excluded.product_type,"
                        + " fetched_at = excluded.fetched_at",
                asin,
                marketplace.value(),
                t,
                Timestamp.from(now)));
        return type;
    }
}
