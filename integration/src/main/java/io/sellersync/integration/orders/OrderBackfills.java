// SPDX-License-Identifier: Apache-2.0
package io.sellersync.integration.orders;

import io.sellersync.messages.accounts.AccountId;
import io.sellersync.messages.orders.OrderBackfillView;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The progress of order backfills ({@code order_backfill}), for the pages and GraphQL. */
@Component
class OrderBackfills {

    static final String QUEUED = "QUEUED";
    static final String RUNNING = "RUNNING";
    static final String DONE = "DONE";
    static final String FAILED = "FAILED";

    private final JdbcTemplate jdbc;

    OrderBackfills(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Records a new backfill; false when one with this id exists already. */
    boolean create(String backfillId, AccountId accountId, Instant from, Instant to, Instant at) {
        return jdbc.update(
                        """
                        insert into order_backfill (backfill_id, account_id, range_from, range_to, position, state,
                            created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing
                        """,
                        backfillId,
                        accountId.value(),
                        Timestamp.from(from),
                        Timestamp.from(to),
                        Timestamp.from(from),
                        QUEUED,
                        Timestamp.from(at),
                        Timestamp.from(at))
                == 1;
    }

    void progressed(String backfillId, Instant position, long orders, boolean finished, Instant at) {
        jdbc.update(
                "update order_backfill set position = ?, orders = orders + ?, state = ?, last_error = null,"
                        + " updated_at = ? where backfill_id = ?",
                Timestamp.from(position),
                orders,
                finished ? DONE : RUNNING,
                Timestamp.from(at),
                backfillId);
    }

    void failed(String backfillId, String error, Instant at) {
        jdbc.update(
                "update order_backfill set state = ?, last_error = ?, updated_at = ? where backfill_id = ?",
                FAILED,
                error,
                Timestamp.from(at),
                backfillId);
    }

    List<OrderBackfillView> list(AccountId accountId) {
        String sql = "select * from order_backfill" + (accountId == null ? "" : " where account_id = ?")
                + " order by created_at desc, backfill_id limit 100";
        return accountId == null
                ? jdbc.query(sql, (rs, n) -> view(rs))
                : jdbc.query(sql, (rs, n) -> view(rs), accountId.value());
    }

    private static OrderBackfillView view(ResultSet rs) throws SQLException {
        return new OrderBackfillView(
                rs.getString("backfill_id"),
                new AccountId(rs.getString("account_id")),
                rs.getTimestamp("range_from").toInstant(),
                rs.getTimestamp("range_to").toInstant(),
                rs.getTimestamp("position").toInstant(),
                rs.getLong("orders"),
                rs.getString("state"),
                rs.getString("last_error"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }
}
