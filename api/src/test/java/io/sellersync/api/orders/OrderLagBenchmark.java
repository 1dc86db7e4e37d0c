// SPDX-License-Identifier: Apache-2.0
package io.sellersync.api.orders;

import static io.sellersync.api.orders.OrderSyncSupport.emulatorNow;
import static io.sellersync.api.orders.OrderSyncSupport.syncUntilDone;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.sellersync.api.EmulatedSeller;
import io.sellersync.api.accounts.AccountConnections;
import io.sellersync.api.finances.EmulatorClock;
import io.sellersync.integration.orders.OrdersProperties;
import io.sellersync.messages.accounts.AccountView;
import io.sellersync.messages.accounts.FindAccountQuery;
import io.sellersync.messages.orders.SyncOrdersCommand;
import io.sellersync.messages.sync.SyncWindowKind;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * Benchmark (not part of the test command): the steady-state import lag of new orders against the {@code searchOrders}
 * period (one call per 180 s). The emulator's buyers buy ({@code bench.lag.purchasesPerHour}, 120) and its order life
 * cycles run while its clock runs {@code bench.lag.speed} (20) times real time; Amazon's plan is scaled by the same
 * factor (the emulator's {@code rateMultiplier}, which the application's rate limiter follows from
 * {@code x-amzn-RateLimit-Limit}) and the application's clock follows the emulator's, so everything keeps its
 * proportions. The incremental sync is started at the plan floor, every 180 s of Amazon time (180 / speed real
 * seconds), exactly as the {@code orders-sync-schedule} task starts it (a db-scheduler run per account, joined when one
 * is still running; that task's own fixed delay runs on real time and cannot be scaled, so this test starts the runs);
 * db-scheduler polls every 100 ms. The window of each run ends {@code settle} before now ({@code bench.lag.settle}, the
 * default 3m; Amazon's minimum is 2 minutes). For each order that changed in the measured stretch ({@code bench.lag.periods}, 20
 * periods after 3 of warm-up), the lag is the Amazon time from its {@code lastUpdatedTime} to its first appearance in
 * the {@code orders} read model ({@code order_view}, polled every 100 ms). Prints one JSON line with the median, p95
 * and max in periods; the goal is a median ≤ 1.1 periods:
 * {@code ./mvnw -B verify -pl api -am -Dspotless.check.skip=true -Dtest=NoUnit -Dsurefire.failIfNoSpecifiedTests=false
 * -DfailIfNoTests=false -Dit.test=OrderLagBenchmark -Dgroups=bench}
 */
@Tag("bench")
@OrdersIntegrationTest
@TestPropertySource(
        properties = {
            "SELLERSYNC_DATA_DIR=${java.io.tmpdir}/sellersync-orders-lag-bench",
            "db-scheduler.polling-interval=100ms",
            "sellersync.orders.sync-interval=3m",
            "sellersync.orders.settle=${bench.lag.settle:3m}"
        })
class OrderLagBenchmark {

    static final String START = "2026-03-02T10:00:00Z";
    static final Duration PERIOD = Duration.ofSeconds(180);
    static final double GOAL = 1.1;
    static final double SPEED = Double.parseDouble(System.getProperty("bench.lag.speed", "20"));
    static final int PERIODS = Integer.getInteger("bench.lag.periods", 20);
    static final int WARMUP = 3;
    static final int TAIL = 4;
    static final int PURCHASES_PER_HOUR = Integer.getInteger("bench.lag.purchasesPerHour", 120);

    static {
        EmulatorClock.freshDatabase("sellersync-orders-lag-bench");
    }

    private static EmulatedSeller seller;
    private static volatile Instant anchorAmazon;
    private static volatile long anchorNanos;

    @Autowired
    AccountConnections connections;

    @Autowired
    CommandGateway commands;

    @Autowired
    QueryGateway queries;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    OrdersProperties properties;

    @AfterAll
    static void stop() {
        EmulatorClock.follow(null);
        if (seller != null) {
            seller.close();
            seller = null;
        }
    }

    /** Amazon's now, extrapolated from the moment the emulator's clock was set running. */
    static Instant amazonNow() {
        long elapsed = System.nanoTime() - anchorNanos;
        return anchorAmazon.plusNanos((long) (elapsed * SPEED));
    }

    @Test
    void newOrdersAppearWithinAboutOneSearchOrdersPeriodOfTheirLastUpdate() throws Exception {
        EmulatorClock.follow(() -> seller == null ? Instant.parse(START) : emulatorNow(seller));
        seller = new EmulatedSeller(
                connections,
                "Orders lag bench seller",
                Map.of("start-time", START, "seed", "31", "history-days", "1", "buyers-per-hour", "0"));
        await().atMost(Duration.ofSeconds(20))
                .until(() -> queries.query(
                                new FindAccountQuery(seller.accountId),
                                ResponseTypes.optionalInstanceOf(AccountView.class))
                        .join()
                        .isPresent());
        seller.control("PUT", "/config", "{\"rateMultiplier\":" + SPEED + "}");
        syncUntilDone(commands, queries, seller.accountId, SyncWindowKind.INCREMENTAL);

        Map<String, Instant> seen = new HashMap<>();
        for (Map<String, Object> row :
                jdbc.queryForList("select order_id from order_view where account_id = ?", seller.accountId.value())) {
            seen.put((String) row.get("order_id"), null);
        }
        seller.control("PUT", "/buyers", "{\"purchasesPerHour\": " + PURCHASES_PER_HOUR + "}");
        JsonNode running = seller.control("POST", "/clock/speed", "{\"speed\": " + SPEED + "}");
        anchorNanos = System.nanoTime();
        anchorAmazon = Instant.parse(running.get("now").asText());
        EmulatorClock.follow(OrderLagBenchmark::amazonNow);

        long periodNanos = (long) (PERIOD.toNanos() / SPEED);
        AtomicInteger runs = new AtomicInteger();
        ScheduledExecutorService schedule = Executors.newSingleThreadScheduledExecutor();
        schedule.scheduleAtFixedRate(
                () -> {
                    try {
                        commands.sendAndWait(new SyncOrdersCommand(seller.accountId, SyncWindowKind.INCREMENTAL));
                        runs.incrementAndGet();
                    } catch (RuntimeException e) {
                        System.out.println("order-lag: starting a run failed: " + e.getMessage());
                    }
                },
                0,
                periodNanos,
                TimeUnit.NANOSECONDS);

        Instant measuredFrom = anchorAmazon.plus(PERIOD.multipliedBy(WARMUP));
        Instant measuredTo = measuredFrom.plus(PERIOD.multipliedBy(PERIODS));
        Instant until = measuredTo.plus(PERIOD.multipliedBy(TAIL));
        List<Double> lags = new ArrayList<>();
        try {
            while (amazonNow().isBefore(until)) {
                Instant now = amazonNow();
                for (Map<String, Object> row : jdbc.queryForList(
                        "select order_id, last_updated_time from order_view where account_id = ?",
                        seller.accountId.value())) {
                    String id = (String) row.get("order_id");
                    if (seen.containsKey(id)) {
                        continue;
                    }
                    seen.put(id, now);
                    Instant updated = ((java.sql.Timestamp) row.get("last_updated_time")).toInstant();
                    if (!updated.isBefore(measuredFrom) && updated.isBefore(measuredTo)) {
                        lags.add(Duration.between(updated, now).toMillis() / (double) PERIOD.toMillis());
                    }
                }
                Thread.sleep(100);
            }
        } finally {
            schedule.shutdownNow();
            seller.control("POST", "/clock/speed", "{\"speed\": 0}");
        }
        Instant emulatorEnd = emulatorNow(seller);
        double drift = Duration.between(emulatorEnd, amazonNow()).toMillis() / 1000.0;

        assertThat(lags).as("new orders in the measured stretch").isNotEmpty();
        double[] sorted =
                lags.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double median = percentile(sorted, 0.5);
        System.out.println(String.format(
                Locale.ROOT,
                "{\"bench\":\"order-lag\",\"periodSeconds\":%d,\"settleSeconds\":%d,\"speed\":%.0f,\"measuredPeriods\":%d,"
                        + "\"purchasesPerHour\":%d,\"runsStarted\":%d,\"newOrders\":%d,\"lagPeriodsMin\":%.2f,"
                        + "\"lagPeriodsMedian\":%.2f,\"lagPeriodsP95\":%.2f,\"lagPeriodsMax\":%.2f,"
                        + "\"lagSecondsMedian\":%.0f,\"clockDriftSeconds\":%.1f,\"ratio\":%.2f,\"goal\":%.1f,"
                        + "\"ok\":%s}",
                PERIOD.toSeconds(),
                properties.settle().toSeconds(),
                SPEED,
                PERIODS,
                PURCHASES_PER_HOUR,
                runs.get(),
                sorted.length,
                sorted[0],
                median,
                percentile(sorted, 0.95),
                sorted[sorted.length - 1],
                median * PERIOD.toSeconds(),
                drift,
                median,
                GOAL,
                median <= GOAL));
        System.out.println("order-lag lags in periods: " + Arrays.toString(sorted));
    }

    private static double percentile(double[] sorted, double p) {
        int index = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
