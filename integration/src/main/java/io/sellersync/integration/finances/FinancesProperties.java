// SPDX-License-Identifier: Apache-2.0
package io.sellersync.integration.finances;

import java.time.Duration;
import java.time.LocalTime;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How transactions are read from Finances 2024-06-19: every {@code syncInterval} from the cursor minus
 * {@code overlap} (Amazon posts up to 48 h late and changes deferred transactions in place), up to {@code settle}
 * before now (Amazon requires at least 2 minutes); the first sync reaches back {@code initialImport}; a daily
 * {@code sweep} re-reads the last days at {@code dailySweepAt} (UTC); windows are at most {@code maxWindow} (Amazon
 * answers nothing for windows over 180 days); a historical import reads {@code importChunk} at a time;
 * {@code commandsInFlight} batches of transactions are recorded in parallel; {@code automatic} false leaves only the
 * runs a user starts (no schedule, no daily sweep, no first sync of a new account). {@code breakdownTypes} teaches the fee registry
 * types it does not know or moves one ({@code Type=CATEGORY}, {@code GROUP} or {@code GROUP:CATEGORY}).
 */
@ConfigurationProperties("sellersync.finances")
public record FinancesProperties(
        @DefaultValue("15m") Duration syncInterval,
        @DefaultValue("72h") Duration overlap,
        @DefaultValue("3m") Duration settle,
        @DefaultValue("90d") Duration initialImport,
        @DefaultValue("30d") Duration sweep,
        @DefaultValue("05:00") LocalTime dailySweepAt,
        @DefaultValue("30d") Duration maxWindow,
        @DefaultValue("7d") Duration importChunk,
        @DefaultValue("16") int commandsInFlight,
        @DefaultValue("true") boolean automatic,
        Map<String, String> breakdownTypes) {

    static final Duration AMAZON_MAX_WINDOW = Duration.ofDays(180);
    static final Duration AMAZON_SETTLE = Duration.ofMinutes(2);

    public FinancesProperties {
        breakdownTypes = breakdownTypes == null ? Map.of() : Map.copyOf(breakdownTypes);
        if (maxWindow.isNegative() || maxWindow.isZero() || maxWindow.compareTo(AMAZON_MAX_WINDOW) > 0) {
            throw new IllegalArgumentException("sellersync.finances.max-window must be more than 0 and at most 180d");
        }
        if (importChunk.isNegative() || importChunk.isZero() || importChunk.compareTo(maxWindow) > 0) {
            throw new IllegalArgumentException(
                    "sellersync.finances.import-chunk must be more than 0 and at most max-window");
        }
        if (settle.compareTo(AMAZON_SETTLE) <= 0) {
            throw new IllegalArgumentException(
                    "sellersync.finances.settle must be more than 2m (Amazon's minimum distance from now)");
        }
        if (overlap.isNegative()) {
            throw new IllegalArgumentException("sellersync.finances.overlap cannot be negative");
        }
        if (commandsInFlight < 1) {
            throw new IllegalArgumentException("sellersync.finances.commands-in-flight must be at least 1");
        }
    }

    /** The defaults, for tests. */
    public static FinancesProperties defaults() {
        return new FinancesProperties(
                Duration.ofMinutes(15),
                Duration.ofHours(72),
                Duration.ofMinutes(3),
                Duration.ofDays(90),
                Duration.ofDays(30),
                LocalTime.of(5, 0),
                Duration.ofDays(30),
                Duration.ofDays(7),
                16,
                true,
                Map.of());
    }
}
