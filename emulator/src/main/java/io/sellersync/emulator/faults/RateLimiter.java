// SPDX-License-Identifier: Apache-2.0
package io.sellersync.emulator.faults;

import io.sellersync.emulator.clock.EmulatorClock;
import io.sellersync.emulator.spapi.Operation;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * One token bucket per (seller, application, operation) with Amazon's default usage plans, scaled by a global
 * multiplier so benchmarks and demos can run faster than production quotas allow.
 */
@Component
public class RateLimiter {

    /** {@code JSON_LISTINGS_FEED} submissions: five per five minutes, on top of {@code createFeed}'s own plan. */
    public static final String LISTINGS_FEED_PLAN = "JSON_LISTINGS_FEED";

    static final String VALIDATION_PREVIEW_PLAN = "VALIDATION_PREVIEW";
    private static final double VALIDATION_PREVIEW_RATE = 20;

    private static final double LISTINGS_FEED_RATE = 5.0 / 300;
    private static final int LISTINGS_FEED_BURST = 5;

    private final EmulatorClock clock;
    private final double initialMultiplier;
    private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();
    private volatile double multiplier;

    public RateLimiter(EmulatorClock clock, @Value("${rate-multiplier:1.0}") double multiplier) {
        this.clock = clock;
        this.initialMultiplier = multiplier;
        this.multiplier = multiplier;
    }

    public boolean tryAcquire(String sellerId, String clientId, Operation operation) {
        return take(sellerId, clientId, operation.operationId(), operation.rate(), operation.burst());
    }

    /**
     * Listings Items {@code mode=VALIDATION_PREVIEW}: 20 requests per second per application, across all sellers, on
     * top of the operation's plan (PRODUCT.md §3.5).
     */
    public boolean tryAcquireValidationPreview(String clientId) {
        return take("*", clientId, VALIDATION_PREVIEW_PLAN, VALIDATION_PREVIEW_RATE, (int) VALIDATION_PREVIEW_RATE);
    }

    public boolean tryAcquireListingsFeed(String sellerId, String clientId) {
        return take(sellerId, clientId, LISTINGS_FEED_PLAN, LISTINGS_FEED_RATE, LISTINGS_FEED_BURST);
    }

    /** The value of {@code x-amzn-RateLimit-Limit}: the operation's rate in requests per second, e.g. {@code 0.0222}. */
    public String limitHeader(Operation operation) {
        BigDecimal rate = BigDecimal.valueOf(operation.rate())
                .multiply(BigDecimal.valueOf(multiplier))
                .round(MathContext.DECIMAL32)
                .stripTrailingZeros();
        String text = rate.toPlainString();
        return text.contains(".") ? text : text + ".0";
    }

    public double multiplier() {
        return multiplier;
    }

    /** Changes every plan; buckets start full again so the new plan applies at once. */
    public void setMultiplier(double newMultiplier) {
        if (newMultiplier <= 0) {
            throw new IllegalArgumentException("rate multiplier must be > 0");
        }
        multiplier = newMultiplier;
        buckets.clear();
    }

    public void reset() {
        multiplier = initialMultiplier;
        buckets.clear();
    }

    private boolean take(String sellerId, String clientId, String plan, double rate, int burst) {
        double m = multiplier;
        TokenBucket bucket = buckets.computeIfAbsent(
                sellerId + '|' + clientId + '|' + plan,
                k -> new TokenBucket(rate * m, Math.max(1, Math.ceil(burst * m)), clock.now()));
        return bucket.tryTake(clock.now());
    }
}
