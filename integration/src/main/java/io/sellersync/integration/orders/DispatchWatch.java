// SPDX-License-Identifier: Apache-2.0
package io.sellersync.integration.orders;

import io.sellersync.messages.accounts.AccountId;
import io.sellersync.messages.orders.AmazonOrder;
import io.sellersync.messages.orders.AmazonOrderId;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The orders awaiting dispatch ({@code order_dispatch_watch}): kept while Amazon shows an order unshipped or partly
 * shipped, so the re-read can ask {@code getOrder} about those the list has not shown for a while.
 */
@Component
class DispatchWatch {

    private final JdbcTemplate jdbc;

    DispatchWatch(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void seen(AmazonOrderId id, AccountId accountId, AmazonOrder order, Instant at) {
        if (order.status().awaitingDispatch()) {
            jdbc.update("""
                    insert into order_dispatch_watch (order_id, account_id, amazon_order_id, last_seen_at)
                    values (?, ?, ?, ?) on conflict (order_id) do update set last_seen_at = excluded.last_seen_at
                    """, id.value(), accountId.value(), order.amazonOrderId(), Timestamp.from(at));
        } else {
            jdbc.update("delete from order_dispatch_watch where order_id = ?", id.value());
        }
    }

    /** Amazon order ids of the account awaiting dispatch and not seen since {@code seenBefore}, longest unseen first. */
    List<String> due(AccountId accountId, Instant seenBefore, int limit) {
        return jdbc.queryForList(
                "select amazon_order_id from order_dispatch_watch where account_id = ? and last_seen_at < ?"
                        + " order by last_seen_at, order_id limit ?",
                String.class,
                accountId.value(),
                Timestamp.from(seenBefore),
                limit);
    }

    void forget(AmazonOrderId id) {
        jdbc.update("delete from order_dispatch_watch where order_id = ?", id.value());
    }
}
