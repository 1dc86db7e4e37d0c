// SPDX-License-Identifier: Apache-2.0
package io.sellersync.api.queue;

import io.sellersync.messages.accounts.AccountId;
import io.sellersync.messages.shared.MarketplaceId;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The stored defaults of Settings → Sync (one row): target account and marketplace for "add to queue". Plain
 * settings, not business history, so they live in a small table rather than the event store.
 */
@Component
public class SyncSettings {

    /** The stored defaults; either may be null (then the target is derived from the connected accounts). */
    public record Defaults(AccountId accountId, MarketplaceId marketplaceId) {}

    private final JdbcTemplate jdbc;
    private final Clock clock;

    SyncSettings(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public Defaults defaults() {
        List<Defaults> rows = jdbc.query(
                "select default_account_id, default_marketplace_id from sync_settings where id = 1",
                (rs, n) -> new Defaults(
                        rs.getString(1) == null ? null : new AccountId(rs.getString(1)),
                        rs.getString(2) == null ? null : new MarketplaceId(rs.getString(2))));
        return rows.isEmpty() ? new Defaults(null, null) : rows.get(0);
    }

    public void save(Defaults defaults) {
        jdbc.update(
                """
                insert into sync_settings (id, default_account_id, default_marketplace_id, updated_at)
                values (1, ?, ?, ?)
                on conflict (id) do update set default_account_id = excluded.default_account_id,
                    default_marketplace_id = excluded.default_marketplace_id, updated_at = excluded.updated_at
                """,
                defaults.accountId() == null ? null : defaults.accountId().value(),
                defaults.marketplaceId() == null
                        ? null
                        : defaults.marketplaceId().value(),
                Timestamp.from(Instant.now(clock)));
    }
}
