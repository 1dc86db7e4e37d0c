// SPDX-License-Identifier: Apache-2.0
package io.sellersync.query.twophase;

import io.sellersync.messages.accounts.AccountId;
import io.sellersync.messages.feed.FeedId;
import io.sellersync.messages.feed.FeedMessage;
import io.sellersync.messages.feed.FeedOperation;
import io.sellersync.messages.shared.MarketplaceId;
import io.sellersync.messages.shared.Money;
import io.sellersync.messages.twophase.RunOutcome;
import io.sellersync.messages.twophase.RunSkuState;
import io.sellersync.messages.twophase.RunStep;
import io.sellersync.messages.twophase.SyncRunId;
import io.sellersync.messages.twophase.SyncRunSkuStepView;
import io.sellersync.messages.twophase.SyncRunSkuView;
import io.sellersync.messages.twophase.SyncRunView;
import io.sellersync.messages.twophase.TwoPhaseSyncStartedEvent;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The {@code sync_run}, {@code sync_run_sku} and {@code sync_run_sku_step} rows, written set-based (a run can own
 * 25,000 SKUs). Every write sets absolute values, and a step is keyed by (event, SKU), so applying an event twice
 * leaves the same rows; the run's counts are recounted from its SKUs' states after every change.
 */
@Component
class SyncRunTables {

    /** A SKU moved by an event: its new state (null = unchanged) and what the timeline says. */
    record Move(
            String sku, RunSkuState state, String reason, Money observedPrice, Integer observedQuantity, String what) {}

    private final JdbcTemplate jdbc;

    SyncRunTables(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void insert(TwoPhaseSyncStartedEvent event, String eventId) {
        jdbc.update(
                "insert into sync_run (run_id, account_id, marketplace_id, step, skus, price_pending, price_live,"
                        + " quantity_pending, rescuing, verified, held, failed, rescued, price_feed_id, started_at,"
                        + " updated_at) values (?, ?, ?, ?, ?, ?, 0, 0, 0, 0, 0, 0, 0, ?, ?, ?)"
                        + " on conflict (run_id) do nothing",
                event.runId().value(),
                event.accountId().value(),
                event.marketplaceId().value(),
                RunStep.PRICE.name(),
                event.messages().size(),
                event.messages().size(),
                event.priceFeedId().value(),
                Timestamp.from(event.startedAt()),
                Timestamp.from(event.startedAt()));
        List<Object[]> rows = new ArrayList<>();
        List<Object[]> steps = new ArrayList<>();
        int position = 0;
        for (FeedMessage m : event.messages()) {
            rows.add(new Object[] {
                event.runId().value(),
                m.sku(),
                position++,
                m.operation().name(),
                m.price().currency().getCurrencyCode(),
                m.price().amount(),
                m.unitsAdded(),
                m.entries().size(),
                RunSkuState.PRICE_PENDING.name()
            });
            steps.add(step(event.runId(), m.sku(), eventId, event.startedAt(), started(m)));
        }
        jdbc.batchUpdate(
                "insert into sync_run_sku (run_id, sku, position, operation, currency, price, units_added, entries,"
                        + " state, rescued) values (?, ?, ?, ?, ?, ?, ?, ?, ?, false) on conflict do nothing",
                rows);
        insertSteps(steps);
    }

    private static String started(FeedMessage m) {
        String price =
                "new price " + m.price() + (m.livePrice() == null ? "" : " (Amazon shows " + m.livePrice() + ")");
        if (m.newSku()) {
            return "price phase: new offer created at " + m.price() + " with quantity 0";
        }
        return "price phase: " + price + " sent alone"
                + (m.unitsAdded() > 0
                        ? "; +" + m.unitsAdded() + (m.unitsAdded() == 1 ? " unit waits" : " units wait")
                        : "");
    }

    /** Moves SKUs (absolute values) and records each move in their timelines. */
    void move(SyncRunId runId, String eventId, Instant at, List<Move> moves) {
        List<Object[]> states = new ArrayList<>();
        List<Object[]> steps = new ArrayList<>();
        for (Move move : moves) {
            if (move.state() != null) {
                states.add(new Object[] {
                    move.state().name(),
                    move.reason(),
                    move.observedPrice() == null
                            ? null
                            : move.observedPrice().currency().getCurrencyCode(),
                    move.observedPrice() == null ? null : move.observedPrice().amount(),
                    move.observedQuantity(),
                    move.state() == RunSkuState.RESCUING,
                    runId.value(),
                    move.sku()
                });
            }
            steps.add(step(runId, move.sku(), eventId, at, move.what()));
        }
        if (!states.isEmpty()) {
            jdbc.batchUpdate(
                    "update sync_run_sku set state = ?, reason = ?, observed_currency = coalesce(?, observed_currency),"
                            + " observed_price = coalesce(?, observed_price),"
                            + " observed_quantity = coalesce(?, observed_quantity), rescued = rescued or ?"
                            + " where run_id = ? and sku = ?",
                    states);
        }
        insertSteps(steps);
    }

    /** Recounts the run's SKUs by state and sets its step (price, quantity, rescue) while it is in flight. */
    void recount(SyncRunId runId, Instant at) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        jdbc.query(
                "select state, count(*) from sync_run_sku where run_id = ? group by state",
                rs -> {
                    counts.put(rs.getString(1), rs.getInt(2));
                },
                runId.value());
        int rescued = jdbc.queryForObject(
                "select count(*) from sync_run_sku where run_id = ? and rescued", Integer.class, runId.value());
        int quantityPending = counts.getOrDefault(RunSkuState.QUANTITY_PENDING.name(), 0);
        int rescuing = counts.getOrDefault(RunSkuState.RESCUING.name(), 0);
        jdbc.update(
                "update sync_run set price_pending = ?, price_live = ?, quantity_pending = ?, rescuing = ?,"
                        + " verified = ?, held = ?, failed = ?, rescued = ?, updated_at = greatest(updated_at, ?),"
                        + " step = case when outcome is not null then step"
                        + " when ? > 0 and ? = 0 then 'RESCUE'"
                        + " when quantity_feed_id is not null then 'QUANTITY' else 'PRICE' end"
                        + " where run_id = ?",
                counts.getOrDefault(RunSkuState.PRICE_PENDING.name(), 0),
                counts.getOrDefault(RunSkuState.PRICE_LIVE.name(), 0),
                quantityPending,
                rescuing,
                counts.getOrDefault(RunSkuState.VERIFIED.name(), 0),
                counts.getOrDefault(RunSkuState.HELD.name(), 0),
                counts.getOrDefault(RunSkuState.FAILED.name(), 0),
                rescued,
                Timestamp.from(at),
                rescuing,
                quantityPending,
                runId.value());
    }

    void quantityFeed(SyncRunId runId, FeedId feedId) {
        jdbc.update("update sync_run set quantity_feed_id = ? where run_id = ?", feedId.value(), runId.value());
    }

    void note(SyncRunId runId, String note, Instant at) {
        jdbc.update(
                "update sync_run set note = ?, updated_at = greatest(updated_at, ?) where run_id = ?",
                note,
                Timestamp.from(at),
                runId.value());
    }

    void ended(SyncRunId runId, RunOutcome outcome, String reason, Instant at) {
        jdbc.update(
                "update sync_run set outcome = ?, step = ?, reason = ?, ended_at = ?, updated_at = ? where run_id = ?",
                outcome.name(),
                RunStep.ENDED.name(),
                reason,
                Timestamp.from(at),
                Timestamp.from(at),
                runId.value());
    }

    void deleteAll() {
        jdbc.update("delete from sync_run");
    }

    SyncRunView find(SyncRunId runId) {
        List<SyncRunView> found =
                jdbc.query("select * from sync_run where run_id = ?", (rs, n) -> view(rs), runId.value());
        return found.isEmpty() ? null : found.get(0);
    }

    List<SyncRunView> list(String where, List<Object> args, int page, int size) {
        List<Object> all = new ArrayList<>(args);
        all.add(size);
        all.add((long) page * size);
        return jdbc.query(
                "select * from sync_run" + where + " order by started_at desc, run_id limit ? offset ?",
                (rs, n) -> view(rs),
                all.toArray());
    }

    long count(String where, List<Object> args) {
        return jdbc.queryForObject("select count(*) from sync_run" + where, Long.class, args.toArray());
    }

    List<SyncRunSkuView> skus(SyncRunId runId, RunSkuState state, int page, int size) {
        List<Object> args = new ArrayList<>(List.of(runId.value()));
        String where = " where run_id = ?";
        if (state != null) {
            where += " and state = ?";
            args.add(state.name());
        }
        args.add(size);
        args.add((long) page * size);
        List<SyncRunSkuView> skus = jdbc.query(
                "select * from sync_run_sku" + where + " order by position limit ? offset ?",
                (rs, n) -> sku(rs, List.of()),
                args.toArray());
        if (skus.isEmpty()) {
            return skus;
        }
        Map<String, List<SyncRunSkuStepView>> steps = new LinkedHashMap<>();
        jdbc.query(
                "select sku, at, what from sync_run_sku_step where run_id = ? and sku = any(?) order by seq",
                rs -> {
                    steps.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                            .add(new SyncRunSkuStepView(rs.getTimestamp(2).toInstant(), rs.getString(3)));
                },
                runId.value(),
                skus.stream().map(SyncRunSkuView::sku).toArray(String[]::new));
        return skus.stream()
                .map(s -> new SyncRunSkuView(
                        s.sku(),
                        s.operation(),
                        s.price(),
                        s.unitsAdded(),
                        s.entries(),
                        s.state(),
                        s.reason(),
                        s.observedPrice(),
                        s.observedQuantity(),
                        s.rescued(),
                        steps.getOrDefault(s.sku(), List.of())))
                .toList();
    }

    long countSkus(SyncRunId runId, RunSkuState state) {
        return state == null
                ? jdbc.queryForObject("select count(*) from sync_run_sku where run_id = ?", Long.class, runId.value())
                : jdbc.queryForObject(
                        "select count(*) from sync_run_sku where run_id = ? and state = ?",
                        Long.class,
                        runId.value(),
                        state.name());
    }

    private void insertSteps(List<Object[]> steps) {
        if (!steps.isEmpty()) {
            jdbc.batchUpdate(
                    "insert into sync_run_sku_step (run_id, sku, event_id, at, what) values (?, ?, ?, ?, ?)"
                            + " on conflict do nothing",
                    steps);
        }
    }

    private static Object[] step(SyncRunId runId, String sku, String eventId, Instant at, String what) {
        return new Object[] {runId.value(), sku, eventId, Timestamp.from(at), what};
    }

    private static SyncRunView view(ResultSet rs) throws SQLException {
        return new SyncRunView(
                new SyncRunId(rs.getString("run_id")),
                new AccountId(rs.getString("account_id")),
                new MarketplaceId(rs.getString("marketplace_id")),
                RunStep.valueOf(rs.getString("step")),
                rs.getString("outcome") == null ? null : RunOutcome.valueOf(rs.getString("outcome")),
                rs.getInt("skus"),
                rs.getInt("price_pending"),
                rs.getInt("price_live"),
                rs.getInt("quantity_pending"),
                rs.getInt("rescuing"),
                rs.getInt("verified"),
                rs.getInt("held"),
                rs.getInt("failed"),
                rs.getInt("rescued"),
                new FeedId(rs.getString("price_feed_id")),
                rs.getString("quantity_feed_id") == null ? null : new FeedId(rs.getString("quantity_feed_id")),
                rs.getString("note"),
                rs.getString("reason"),
                instant(rs, "started_at"),
                instant(rs, "ended_at"),
                instant(rs, "updated_at"));
    }

    private static SyncRunSkuView sku(ResultSet rs, List<SyncRunSkuStepView> timeline) throws SQLException {
        Currency currency = Currency.getInstance(rs.getString("currency"));
        String observedCurrency = rs.getString("observed_currency");
        BigDecimal observedPrice = rs.getBigDecimal("observed_price");
        int observedQuantity = rs.getInt("observed_quantity");
        boolean noQuantity = rs.wasNull();
        return new SyncRunSkuView(
                rs.getString("sku"),
                FeedOperation.valueOf(rs.getString("operation")),
                Money.ofStored(rs.getBigDecimal("price"), currency),
                rs.getInt("units_added"),
                rs.getInt("entries"),
                RunSkuState.valueOf(rs.getString("state")),
                rs.getString("reason"),
                Money.ofStored(observedPrice, observedCurrency == null ? null : Currency.getInstance(observedCurrency)),
                noQuantity ? null : observedQuantity,
                rs.getBoolean("rescued"),
                timeline);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
