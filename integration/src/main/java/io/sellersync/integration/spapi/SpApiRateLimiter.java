// SPDX-License-Identifier: Apache-2.0
package io.sellersync.integration.spapi;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.TokensInheritanceStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * Token buckets per (selling partner, region, operation), seeded from the operation's usage plan and tightened or
 * widened to the rate Amazon reports in {@code x-amzn-RateLimit-Limit}. Callers wait for a token rather than fail,
 * before the request is sent; the buckets live in PostgreSQL, so every node draws from the same budget.
 */
public class SpApiRateLimiter {

    /** Per-application limit of Listings Items {@code mode=VALIDATION_PREVIEW}, across all sellers. */
    static final double VALIDATION_PREVIEW_RATE = 20;

    /** {@code JSON_LISTINGS_FEED} submissions per region: 5 per 5 minutes (changelog 2025-05-06). */
    static final int LISTINGS_FEEDS_PER_WINDOW = 5;

    static final double LISTINGS_FEED_WINDOW_SECONDS = 300;

    private final Buckets buckets;
    private final Map<String, Double> reportedRates = new ConcurrentHashMap<>();

    /** Where the buckets live: in this JVM, or in PostgreSQL for every node. */
    public interface Buckets {
        Bucket bucket(String key, Supplier<BucketConfiguration> configuration);
    }

    public SpApiRateLimiter(Buckets buckets) {
        this.buckets = buckets;
    }

    /** Buckets shared by every node through the {@code sp_api_rate_bucket} table. */
    public static Buckets shared(DataSource dataSource) {
        ProxyManager<String> proxies = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table("sp_api_rate_bucket")
                .idColumn("id")
                .stateColumn("state")
                .build();
        return (key, configuration) -> proxies.builder().build(key, configuration);
    }

    /** Buckets in this JVM only (one node, tests). */
    public static Buckets local() {
        Map<String, Bucket> local = new ConcurrentHashMap<>();
        return (key, configuration) -> local.computeIfAbsent(
                key,
                k -> Bucket.builder()
                        .addLimit(configuration.get().getBandwidths()[0])
                        .build());
    }

    /** Blocks until the call may be sent; returns how long it waited. */
    public Duration acquire(String partition, SpApiOperation operation) throws InterruptedException {
        return waitFor(bucket(partition, operation));
    }

    /** Blocks for the application-wide validation-preview budget. */
    public Duration acquireValidationPreview() throws InterruptedException {
        return waitFor(buckets.bucket(
                "application/validationPreview",
                () -> configuration(VALIDATION_PREVIEW_RATE, (int) VALIDATION_PREVIEW_RATE)));
    }

    /**
     * Blocks for the {@code JSON_LISTINGS_FEED} submission budget of one seller in one region ({@code partition} is
     * {@link SpApiAccount#rateLimitPartition()}, whose host names the region): five feeds per five minutes, on top of
     * {@code createFeed}'s own usage plan. Shared through the same table as every other bucket, and, like them, one
     * token smaller than Amazon's (see {@link #configuration}).
     */
    public Duration acquireListingsFeed(String partition) throws InterruptedException {
        return waitFor(buckets.bucket(
                partition + "/JSON_LISTINGS_FEED",
                () -> configuration(
                        LISTINGS_FEEDS_PER_WINDOW / LISTINGS_FEED_WINDOW_SECONDS, LISTINGS_FEEDS_PER_WINDOW)));
    }

    /**
     * Amazon told us this seller's actual rate for the operation; later tokens follow it. Only a real change touches
     * the shared bucket, and the balance (including tokens other nodes have reserved) is kept as it is.
     */
    public void reportedRate(String partition, SpApiOperation operation, double ratePerSecond) {
        if (ratePerSecond <= 0 || Double.isNaN(ratePerSecond)) {
            return;
        }
        Double previous = reportedRates.put(key(partition, operation), ratePerSecond);
        double current = previous == null ? operation.ratePerSecond() : previous;
        if (Math.abs(current - ratePerSecond) > 1e-9) {
            bucket(partition, operation)
                    .replaceConfiguration(
                            configuration(ratePerSecond, operation.burst()), TokensInheritanceStrategy.AS_IS);
        }
    }

    /**
     * Amazon throttled a call our bucket allowed, so our bucket is ahead of Amazon's (its refill started earlier, or
     * another client uses the same seller): take one token out to fall back in step.
     */
    public void throttled(String partition, SpApiOperation operation) {
        bucket(partition, operation).consumeIgnoringRateLimits(1);
    }

    /** The seller's bucket for the operation, created at the rate Amazon last reported (else the usage plan). */
    private Bucket bucket(String partition, SpApiOperation operation) {
        String key = key(partition, operation);
        double rate = reportedRates.getOrDefault(key, operation.ratePerSecond());
        return buckets.bucket(key, () -> configuration(rate, operation.burst()));
    }

    private static String key(String partition, SpApiOperation operation) {
        return partition + "/" + operation.name();
    }

    private static Duration waitFor(Bucket bucket) throws InterruptedException {
        long started = System.nanoTime();
        bucket.asBlocking().consume(1);
        return Duration.ofNanos(System.nanoTime() - started);
    }

    /**
     * Our bucket holds one token less than Amazon's. Both refill at the plan's rate, but ours starts draining a
     * request's latency before Amazon's sees the first call, so with equal buckets the last token of a refill would
     * arrive a few milliseconds early and be throttled. The spare token absorbs that; it costs one call per idle spell.
     */
    static BucketConfiguration configuration(double ratePerSecond, int burst) {
        Duration perToken = Duration.ofNanos(Math.max(1, (long) (1_000_000_000d / ratePerSecond)));
        return BucketConfiguration.builder()
                .addLimit(Bandwidth.builder()
                        .capacity(Math.max(1, burst - 1))
                        .refillGreedy(1, perToken)
                        .build())
                .build();
    }
}
