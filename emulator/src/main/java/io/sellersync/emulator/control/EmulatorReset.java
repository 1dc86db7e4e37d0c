// SPDX-License-Identifier: Apache-2.0
package io.sellersync.emulator.control;

import io.sellersync.emulator.auth.TokenStore;
import io.sellersync.emulator.clock.EmulatorClock;
import io.sellersync.emulator.clock.Timeline;
import io.sellersync.emulator.faults.Faults;
import io.sellersync.emulator.faults.RateLimiter;
import io.sellersync.emulator.feeds.FeedService;
import io.sellersync.emulator.listings.Propagation;
import io.sellersync.emulator.orders.Buyers;
import io.sellersync.emulator.reports.ReportService;
import io.sellersync.emulator.spapi.CallLog;
import io.sellersync.emulator.world.World;
import io.sellersync.emulator.world.WorldSpec;
import java.time.Instant;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Puts the whole emulator into the state a seed defines: a fresh world, no pending work, no tokens, full rate-limit
 * buckets, no faults, default delays and an empty call log. Runs at start-up with {@code --seed}, and on demand.
 */
@Component
public class EmulatorReset {

    private final World world;
    private final EmulatorClock clock;
    private final Timeline timeline;
    private final TokenStore tokens;
    private final RateLimiter rateLimiter;
    private final Faults faults;
    private final Propagation propagation;
    private final FeedService feeds;
    private final ReportService reports;
    private final Buyers buyers;
    private final double defaultPurchasesPerHour;
    private final int defaultHistoryDays;
    private final CallLog callLog;

    public EmulatorReset(
            World world,
            EmulatorClock clock,
            Timeline timeline,
            TokenStore tokens,
            RateLimiter rateLimiter,
            Faults faults,
            Propagation propagation,
            FeedService feeds,
            ReportService reports,
            Buyers buyers,
            CallLog callLog,
            @Value("${seed:42}") long seed,
            @Value("${buyers-per-hour:12}") double purchasesPerHour,
            @Value("${history-days:0}") int historyDays) {
        this.world = world;
        this.clock = clock;
        this.timeline = timeline;
        this.tokens = tokens;
        this.rateLimiter = rateLimiter;
        this.faults = faults;
        this.propagation = propagation;
        this.feeds = feeds;
        this.reports = reports;
        this.buyers = buyers;
        this.defaultPurchasesPerHour = purchasesPerHour;
        this.defaultHistoryDays = historyDays;
        this.callLog = callLog;
        reset(WorldSpec.of(seed), null, null, null, null);
    }

    /**
     * Re-seeds; a non-null {@code startTime} or {@code speed} also resets the clock, {@code purchasesPerHour}
     * (default {@code --buyers-per-hour}, 12) sets how often simulated buyers buy, and {@code historyDays} (default
     * {@code --history-days}, 0) lets them have bought for that many days already.
     */
    public synchronized void reset(
            WorldSpec spec, Instant startTime, Double speed, Double purchasesPerHour, Integer historyDays) {
        if (startTime != null || speed != null) {
            clock.reset(startTime != null ? startTime : clock.now(), speed != null ? speed : clock.speed());
        }
        timeline.clear();
        feeds.clear();
        reports.clear();
        tokens.clear();
        rateLimiter.reset();
        faults.reset(spec.seed());
        propagation.reset();
        callLog.clear();
        world.reseed(spec, clock.now());
        int days = historyDays == null ? defaultHistoryDays : historyDays;
        if (days < 0 || days > 365) {
            throw new IllegalArgumentException("historyDays must be between 0 and 365");
        }
        buyers.reset(
                spec.seed(),
                purchasesPerHour == null ? defaultPurchasesPerHour : purchasesPerHour,
                java.time.Duration.ofDays(days));
        timeline.runDue();
    }
}
