// SPDX-License-Identifier: Apache-2.0
package io.sellersync.integration.finances;

import io.sellersync.messages.accounts.AccountId;
import io.sellersync.messages.finances.TransactionImportView;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The progress of historical imports ({@code finance_import}), for the pages and GraphQL. */
@Component
class TransactionImports {

    static final String QUEUED = "QUEUED";
    static final String RUNNING = "RUNNING";
    static final String DONE = "DONE";
    static final String FAILED = "FAILED";

    private final JdbcTemplate jdbc;

    TransactionImports(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Records a new import; false when one with this id exists already. */
    boolean create(String importId, AccountId accountId, Instant from, Instant to, Instant at) {
        return jdbc.update(
                        """
                        insert into finance_import (import_id, account_id, range_from, range_to, position, state,
                            created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing
                        """,
                        importId,
                        accountId.value(),
                        Timestamp.from(from),
                        Timestamp.from(to),
                        Timestamp.from(from),
                        QUEUED,
                        Timestamp.from(at),
                        Timestamp.from(at))
                == 1;
    }

    void progressed(String importId, Instant position, long transactions, boolean finished, Instant at) {
        jdbc.update(
                "update finance_import set position = ?, transactions = transactions + ?, state = ?, last_error = null,"
                        + " updated_at = ? where import_id = ?",
                Timestamp.from(position),
                transactions,
                finished ? DONE : RUNNING,
                Timestamp.from(at),
                importId);
    }

    void failed(String importId, String error, Instant at) {
        jdbc.update(
                "update finance_import set state = ?, last_error = ?, updated_at = ? where import_id = ?",
                FAILED,
                error,
                Timestamp.from(at),
                importId);
    }

    List<TransactionImportView> list(AccountId accountId) {
        String sql = "select * from finance_import" + (accountId == null ? "" : " where account_id = ?")
                + " order by created_at desc, import_id limit 100";
        return accountId == null
                ? jdbc.query(sql, (rs, n) -> view(rs))
                : jdbc.query(sql, (rs, n) -> view(rs), accountId.value());
    }

    private static TransactionImportView view(ResultSet rs) throws SQLException {
        return new TransactionImportView(
                rs.getString("import_id"),
                new AccountId(rs.getString("account_id")),
                rs.getTimestamp("range_from").toInstant(),
                rs.getTimestamp("range_to").toInstant(),
                rs.getTimestamp("position").toInstant(),
                rs.getLong("transactions"),
                rs.getString("state"),
                rs.getString("last_error"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }
}
