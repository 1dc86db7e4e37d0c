// SPDX-License-Identifier: Apache-2.0
package io.sellersync.integration.orders;

import java.time.Duration;
import java.time.LocalTime;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How orders are read from Orders 2026-01-01: every {@code syncInterval} (at least 3 minutes: {@code searchOrders}
 * allows one call per 180 s once its burst of 20 is spent) from the cursor minus {@code overlap}, up to
 * {@code settle} before now (Amazon requires at least 2 minutes); the first sync reaches back {@code initialImport};
 * a daily {@code sweep} re-reads the last days at {@code dailySweepAt} (UTC); incremental and sweep windows are at most
 * {@code maxWindow}, backfill windows {@code backfillChunk}; orders awaiting dispatch are re-read with {@code getOrder}
 * when not seen for {@code rereadAfter}, at most {@code rereadBatch} per run; buyer data (name, address, email) is
 * asked for when {@code buyerData} (the account needs Amazon's PII roles; without them the import goes on without it)
 * and purged {@code piiRetention} after delivery; {@code commandsInFlight} batches of orders are recorded in parallel;
 * {@code automatic} false leaves only the runs a user starts.
 */
@ConfigurationProperties("sellersync.orders")
public record OrdersProperties(
        @DefaultValue("5m") Duration syncInterval,
        @DefaultValue("10m") Duration overlap,
        @DefaultValue("3m") Duration settle,
        @DefaultValue("90d") Duration initialImport,
        @DefaultValue("7d") Duration sweep,
        @DefaultValue("04:30") LocalTime dailySweepAt,
        @DefaultValue("30d") Duration maxWindow,
        @DefaultValue("7d") Duration backfillChunk,
        @DefaultValue("1h") Duration rereadAfter,
        @DefaultValue("100") int rereadBatch,
        @DefaultValue("true") boolean buyerData,
        @DefaultValue("30d") Duration piiRetention,
        @DefaultValue("8") int commandsInFlight,
        @DefaultValue("true") boolean automatic) {

    static final Duration SEARCH_PERIOD = Duration.ofSeconds(180);
    static final Duration AMAZON_SETTLE = Duration.ofMinutes(2);

    public OrdersProperties {
        if (syncInterval.compareTo(SEARCH_PERIOD) < 0) {
            throw new IllegalArgumentException(
                    "sellersync.orders.sync-interval must be at least 3m (searchOrders allows one call per 180 s)");
        }
        if (settle.compareTo(AMAZON_SETTLE) <= 0) {
            throw new IllegalArgumentException(
                    "sellersync.orders.settle must be more than 2m (Amazon's minimum distance from now)");
        }
        if (overlap.isNegative()) {
            throw new IllegalArgumentException("sellersync.orders.overlap cannot be negative");
        }
        if (maxWindow.isNegative() || maxWindow.isZero()) {
            throw new IllegalArgumentException("sellersync.orders.max-window must be more than 0");
        }
        if (backfillChunk.isNegative() || backfillChunk.isZero()) {
            throw new IllegalArgumentException("sellersync.orders.backfill-chunk must be more than 0");
        }
        if (commandsInFlight < 1) {
            throw new IllegalArgumentException("sellersync.orders.commands-in-flight must be at least 1");
        }
        if (rereadBatch < 0) {
            throw new IllegalArgumentException("sellersync.orders.reread-batch cannot be negative");
        }
    }

    /** The defaults, for tests. */
    public static OrdersProperties defaults() {
        return new OrdersProperties(
                Duration.ofMinutes(5),
                Duration.ofMinutes(10),
                Duration.ofMinutes(3),
                Duration.ofDays(90),
                Duration.ofDays(7),
                LocalTime.of(4, 30),
                Duration.ofDays(30),
                Duration.ofDays(7),
                Duration.ofHours(1),
                100,
                true,
                Duration.ofDays(30),
                8,
                true);
    }
}
