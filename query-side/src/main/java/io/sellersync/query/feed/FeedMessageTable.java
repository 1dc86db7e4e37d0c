// SPDX-License-Identifier: Apache-2.0
package io.sellersync.query.feed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sellersync.messages.feed.FeedId;
import io.sellersync.messages.feed.FeedIssue;
import io.sellersync.messages.feed.FeedMessage;
import io.sellersync.messages.feed.FeedMessageView;
import io.sellersync.messages.feed.FeedOperation;
import io.sellersync.messages.feed.MessageOutcome;
import io.sellersync.messages.feed.MessageResult;
import io.sellersync.messages.feed.VerificationState;
import io.sellersync.messages.feed.VerifiedItem;
import io.sellersync.messages.queue.QueueItemId;
import io.sellersync.messages.shared.Money;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.Currency;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The {@code feed_message} rows, written set-based: a whole feed (up to 25,000 messages) is inserted or updated with
 * one statement over {@code unnest} arrays, so a processing report costs one round trip, not 25,000. Every write sets
 * absolute values keyed by (feed, message id): applying the same event twice leaves the same rows.
 */
@Component
class FeedMessageTable {

    private static final TypeReference<List<FeedIssue>> ISSUES = new TypeReference<>() {};
    private static final TypeReference<List<String>> IDS = new TypeReference<>() {};

    private final JdbcTemplate jdbc;
    private final ObjectMapper json = new ObjectMapper();

    FeedMessageTable(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void insert(FeedId feed, List<FeedMessage> messages) {
        int n = messages.size();
        Integer[] ids = new Integer[n];
        String[] skus = new String[n];
        String[] operations = new String[n];
        String[] productTypes = new String[n];
        String[] asins = new String[n];
        String[] currencies = new String[n];
        BigDecimal[] prices = new BigDecimal[n];
        Integer[] quantities = new Integer[n];
        BigDecimal[] livePrices = new BigDecimal[n];
        Integer[] liveQuantities = new Integer[n];
        Integer[] unitsAdded = new Integer[n];
        String[] entries = new String[n];
        for (int i = 0; i < n; i++) {
            FeedMessage m = messages.get(i);
            ids[i] = m.messageId();
            skus[i] = m.sku();
            operations[i] = m.operation().name();
            productTypes[i] = m.productType();
            asins[i] = m.asin();
            Money unit = m.price() != null ? m.price() : m.livePrice();
            currencies[i] = unit == null ? null : unit.currency().getCurrencyCode();
            prices[i] = m.price() == null ? null : m.price().amount();
            quantities[i] = m.quantity();
            livePrices[i] = m.livePrice() == null ? null : m.livePrice().amount();
            liveQuantities[i] = m.liveQuantity();
            unitsAdded[i] = m.unitsAdded();
            entries[i] = write(m.entries().stream().map(QueueItemId::value).toList());
        }
        jdbc.update("""
                insert into feed_message (feed_id, message_id, sku, operation, product_type, asin, currency, price,
                    quantity, live_price, live_quantity, units_added, entries, issues)
                select ?, u.* , '[]' from unnest(?::int4[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
                    ?::numeric[], ?::int4[], ?::numeric[], ?::int4[], ?::int4[], ?::text[])
                    as u(message_id, sku, operation, product_type, asin, currency, price, quantity, live_price,
                         live_quantity, units_added, entries)
                on conflict (feed_id, message_id) do nothing
                """, ps -> {
            ps.setString(1, feed.value());
            int p = 2;
            ps.setArray(p++, array(ps, "int4", ids));
            ps.setArray(p++, array(ps, "text", skus));
            ps.setArray(p++, array(ps, "text", operations));
            ps.setArray(p++, array(ps, "text", productTypes));
            ps.setArray(p++, array(ps, "text", asins));
            ps.setArray(p++, array(ps, "text", currencies));
            ps.setArray(p++, array(ps, "numeric", prices));
            ps.setArray(p++, array(ps, "int4", quantities));
            ps.setArray(p++, array(ps, "numeric", livePrices));
            ps.setArray(p++, array(ps, "int4", liveQuantities));
            ps.setArray(p++, array(ps, "int4", unitsAdded));
            ps.setArray(p, array(ps, "text", entries));
        });
    }

    /**
     * Amazon's (or the dry run's) verdict per message. In a submission an accepted or warning message starts its
     * read-back ({@code PENDING}) unless it already ended; an error has none.
     */
    void results(FeedId feed, List<MessageResult> results, boolean readBack) {
        int n = results.size();
        Integer[] ids = new Integer[n];
        String[] outcomes = new String[n];
        String[] issues = new String[n];
        for (int i = 0; i < n; i++) {
            MessageResult r = results.get(i);
            ids[i] = r.messageId();
            outcomes[i] = r.outcome().name();
            issues[i] = write(r.issues());
        }
        jdbc.update("""
                update feed_message m set outcome = u.outcome, issues = u.issues,
                    verification = case when ?::boolean and u.outcome <> 'ERROR' then coalesce(m.verification, 'PENDING')
                                        else null end
                from unnest(?::int4[], ?::text[], ?::text[]) as u(message_id, outcome, issues)
                where m.feed_id = ? and m.message_id = u.message_id
                """, ps -> {
            ps.setBoolean(1, readBack);
            ps.setArray(2, array(ps, "int4", ids));
            ps.setArray(3, array(ps, "text", outcomes));
            ps.setArray(4, array(ps, "text", issues));
            ps.setString(5, feed.value());
        });
    }

    /** Read-back ended for these messages: the state, the live values last seen and when. */
    void verified(FeedId feed, List<VerifiedItem> items, Instant at) {
        int n = items.size();
        Integer[] ids = new Integer[n];
        String[] states = new String[n];
        String[] currencies = new String[n];
        BigDecimal[] prices = new BigDecimal[n];
        Integer[] quantities = new Integer[n];
        for (int i = 0; i < n; i++) {
            VerifiedItem item = items.get(i);
            ids[i] = item.messageId();
            states[i] = item.state().name();
            currencies[i] = item.observedPrice() == null
                    ? null
                    : item.observedPrice().currency().getCurrencyCode();
            prices[i] =
                    item.observedPrice() == null ? null : item.observedPrice().amount();
            quantities[i] = item.observedQuantity();
        }
        jdbc.update("""
                update feed_message m set verification = u.state, observed_currency = u.currency,
                    observed_price = u.price, observed_quantity = u.quantity, verified_at = ?
                from unnest(?::int4[], ?::text[], ?::text[], ?::numeric[], ?::int4[])
                    as u(message_id, state, currency, price, quantity)
                where m.feed_id = ? and m.message_id = u.message_id
                """, ps -> {
            ps.setTimestamp(1, Timestamp.from(at));
            ps.setArray(2, array(ps, "int4", ids));
            ps.setArray(3, array(ps, "text", states));
            ps.setArray(4, array(ps, "text", currencies));
            ps.setArray(5, array(ps, "numeric", prices));
            ps.setArray(6, array(ps, "int4", quantities));
            ps.setString(7, feed.value());
        });
    }

    MessageCounts counts(FeedId feed) {
        return jdbc.queryForObject(
                """
                select count(*) filter (where outcome = 'ACCEPTED'),
                       count(*) filter (where outcome = 'WARNING'),
                       count(*) filter (where outcome = 'ERROR'),
                       count(*) filter (where verification = 'VERIFIED'),
                       count(*) filter (where verification = 'MISMATCH'),
                       count(*) filter (where verification = 'TIMED_OUT'),
                       count(*) filter (where outcome in ('ACCEPTED', 'WARNING') and verification = 'PENDING')
                from feed_message where feed_id = ?
                """,
                (rs, i) -> new MessageCounts(
                        rs.getInt(1),
                        rs.getInt(2),
                        rs.getInt(3),
                        rs.getInt(4),
                        rs.getInt(5),
                        rs.getInt(6),
                        rs.getInt(7)),
                feed.value());
    }

    List<FeedMessageView> messages(FeedId feed) {
        return jdbc.query(
                "select * from feed_message where feed_id = ? order by message_id", (rs, i) -> view(rs), feed.value());
    }

    /** The SKUs of these feeds whose messages have not ended: no verdict yet, or accepted and still read back. */
    Set<String> unendedSkus(Collection<String> feedIds) {
        if (feedIds.isEmpty()) {
            return Set.of();
        }
        List<String> skus = jdbc.query(
                """
                select distinct sku from feed_message
                where feed_id = any(?::text[])
                  and (outcome is null or (outcome <> 'ERROR' and (verification is null or verification = 'PENDING')))
                """,
                ps -> ps.setArray(1, array(ps, "text", feedIds.toArray(String[]::new))),
                (rs, i) -> rs.getString(1));
        return new TreeSet<>(skus);
    }

    void deleteAll() {
        jdbc.update("delete from feed_message");
    }

    private FeedMessageView view(ResultSet rs) throws SQLException {
        String code = rs.getString("currency");
        Currency unit = code == null ? null : Currency.getInstance(code);
        String observedCode = rs.getString("observed_currency");
        String outcome = rs.getString("outcome");
        String verification = rs.getString("verification");
        Timestamp verifiedAt = rs.getTimestamp("verified_at");
        return new FeedMessageView(
                rs.getInt("message_id"),
                rs.getString("sku"),
                FeedOperation.valueOf(rs.getString("operation")),
                rs.getString("product_type"),
                rs.getString("asin"),
                Money.ofStored(rs.getBigDecimal("price"), unit),
                (Integer) rs.getObject("quantity"),
                Money.ofStored(rs.getBigDecimal("live_price"), unit),
                (Integer) rs.getObject("live_quantity"),
                rs.getInt("units_added"),
                read(rs.getString("entries"), IDS).stream()
                        .map(QueueItemId::new)
                        .toList(),
                outcome == null ? null : MessageOutcome.valueOf(outcome),
                read(rs.getString("issues"), ISSUES),
                verification == null ? null : VerificationState.valueOf(verification),
                Money.ofStored(
                        rs.getBigDecimal("observed_price"),
                        observedCode == null ? null : Currency.getInstance(observedCode)),
                (Integer) rs.getObject("observed_quantity"),
                verifiedAt == null ? null : verifiedAt.toInstant());
    }

    String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write feed issues as JSON", e);
        }
    }

    @SuppressWarnings("unchecked")
    <T> T read(String text, TypeReference<T> type) {
        if ("[]".equals(text)) {
            return (T) List.of(); // most messages have no issues: skip the parser
        }
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read feed issues from JSON", e);
        }
    }

    List<FeedIssue> issues(String text) {
        return read(text, ISSUES);
    }

    private static Array array(PreparedStatement ps, String type, Object[] values) throws SQLException {
        return ps.getConnection().createArrayOf(type, values);
    }
}
