// SPDX-License-Identifier: Apache-2.0
package io.sellersync.integration.orders;

import io.sellersync.messages.accounts.AccountId;
import io.sellersync.messages.orders.AmazonOrderId;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The buyer PII of orders ({@code order_buyer}), keyed by order id: the one place names, addresses and emails are
 * kept, outside the event store, and purged {@code pii-retention} after delivery. A later read replaces the row; a
 * delivery time once known is kept.
 */
@Component
public class BuyerDataTable {

    private final JdbcTemplate jdbc;

    BuyerDataTable(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void save(AmazonOrderId orderId, AccountId accountId, BuyerData data, Instant at) {
        jdbc.update(
                """
                insert into order_buyer (order_id, account_id, buyer_name, buyer_email, recipient_name, address_line1,
                    address_line2, city, postal_code, country_code, phone, delivered_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (order_id) do update set buyer_name = excluded.buyer_name,
                    buyer_email = excluded.buyer_email, recipient_name = excluded.recipient_name,
                    address_line1 = excluded.address_line1, address_line2 = excluded.address_line2,
                    city = excluded.city, postal_code = excluded.postal_code, country_code = excluded.country_code,
                    phone = excluded.phone, delivered_at = coalesce(order_buyer.delivered_at, excluded.delivered_at),
                    updated_at = excluded.updated_at
                """,
                orderId.value(),
                accountId.value(),
                data.buyerName(),
                data.buyerEmail(),
                data.recipientName(),
                data.addressLine1(),
                data.addressLine2(),
                data.city(),
                data.postalCode(),
                data.countryCode(),
                data.phone(),
                data.deliveredAt() == null ? null : Timestamp.from(data.deliveredAt()),
                Timestamp.from(at));
    }

    /** The buyer data of an order, if kept (for the order's detail to people allowed to see it, and for tests). */
    public Optional<BuyerData> find(AmazonOrderId orderId) {
        return jdbc
                .query(
                        "select * from order_buyer where order_id = ?",
                        (rs, n) -> new BuyerData(
                                rs.getString("buyer_name"),
                                rs.getString("buyer_email"),
                                rs.getString("recipient_name"),
                                rs.getString("address_line1"),
                                rs.getString("address_line2"),
                                rs.getString("city"),
                                rs.getString("postal_code"),
                                rs.getString("country_code"),
                                rs.getString("phone"),
                                rs.getTimestamp("delivered_at") == null
                                        ? null
                                        : rs.getTimestamp("delivered_at").toInstant()),
                        orderId.value())
                .stream()
                .findFirst();
    }

    /** Deletes the buyer data of orders delivered before {@code deliveredBefore}; answers how many. */
    public int purge(Instant deliveredBefore) {
        return jdbc.update(
                "delete from order_buyer where delivered_at is not null and delivered_at < ?",
                Timestamp.from(deliveredBefore));
    }

    public long count() {
        Long n = jdbc.queryForObject("select count(*) from order_buyer", Long.class);
        return n == null ? 0 : n;
    }
}
