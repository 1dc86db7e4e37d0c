// SPDX-License-Identifier: Apache-2.0
package io.sellersync.emulator.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.sellersync.emulator.support.EmulatorTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The emulator must never be the bottleneck of a sellersync benchmark: read operations over loopback must be served at
 * 500 requests per second or more (with the usage plans scaled out of the way). The client shares the JVM and the
 * cores, so the best of up to five rounds counts. A benchmark, not part of the test command:
 * {@code ./mvnw -B -pl emulator test -Dgroups=bench -Dsurefire.excludedGroups= -Dtest=ReadThroughputTest -Dsurefire.failIfNoSpecifiedTests=false}
 */
@Tag("bench")
class ReadThroughputTest extends EmulatorTest {

    private static final int THREADS = 4;
    private static final int REQUESTS_PER_THREAD = 250;

    @Test
    void servesReadsAtFiveHundredRequestsPerSecondOrMore() throws Exception {
        http.json("PUT", "/_emulator/config", Map.of("rateMultiplier", 100_000.0), null);
        String token = token();
        String path = "/listings/2021-08-01/items/" + sellerId + "/"
                + listingInBothMarketplaces().get("sku").asText() + "?marketplaceIds=" + UK + "," + DE
                + "&includedData=summaries,offers,fulfillmentAvailability";
        for (int i = 0; i < 200; i++) {
            assertThat(http.get(path, token).status()).isEqualTo(200);
        }
        double best = 0;
        for (int round = 0; round < 5 && best < 500; round++) {
            best = Math.max(best, round(path, token));
        }
        System.out.printf(
                java.util.Locale.ROOT,
                "{\"bench\":\"emulator-read-throughput\",\"requests_per_s\":%.0f,\"ratio\":%.3f,\"goal\":1.0,\"ok\":%s}%n",
                best,
                best / 500,
                best >= 500);
        assertThat(best).isGreaterThanOrEqualTo(500);
    }

    /** One timed round of concurrent reads; returns requests per second. */
    private double round(String path, String token) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            long start = System.nanoTime();
            List<Future<Integer>> results = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                results.add(pool.submit(() -> {
                    int ok = 0;
                    for (int i = 0; i < REQUESTS_PER_THREAD; i++) {
                        ok += http.get(path, token).status() == 200 ? 1 : 0;
                    }
                    return ok;
                }));
            }
            int ok = 0;
            for (Future<Integer> result : results) {
                ok += result.get(60, TimeUnit.SECONDS);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            assertThat(ok).isEqualTo(THREADS * REQUESTS_PER_THREAD);
            return THREADS * REQUESTS_PER_THREAD / seconds;
        } finally {
            pool.shutdownNow();
        }
    }
}
