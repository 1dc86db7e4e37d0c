// SPDX-License-Identifier: Apache-2.0
package io.sellersync.integration.spapi;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.sellersync.integration.spapi.api.ListingsApi;
import io.sellersync.integration.vault.LwaCredentials;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.UnaryOperator;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * One node of the shared-budget test and benchmark: its own JVM, its own client and token cache, the rate-limit
 * buckets in the shared PostgreSQL. Makes one warm-up call, then {@code calls} getListingsItem calls starting at
 * {@code startAtMillis}.
 * Arguments: jdbcUrl emulatorUrl sellerId clientId clientSecret refreshToken sku marketplace calls startAtMillis.
 */
public final class SharedBudgetWorker {

    private SharedBudgetWorker() {}

    public static void main(String[] args) throws Exception {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(args[0]);
        dataSource.setUser("postgres");
        URI emulator = URI.create(args[1]);
        int calls = Integer.parseInt(args[8]);
        long startAt = Long.parseLong(args[9]);
        System.exit(run(dataSource, emulator, args[2], args[3], args[4], args[5], args[6], args[7], calls, startAt));
    }

    static int run(
            javax.sql.DataSource dataSource,
            URI emulator,
            String sellerId,
            String clientId,
            String clientSecret,
            String refreshToken,
            String sku,
            String marketplace,
            int calls,
            long startAt)
            throws InterruptedException {
        SpApiProperties properties = new SpApiProperties(
                null,
                emulator.resolve("/auth/o2/token"),
                Duration.ofSeconds(5),
                Duration.ofSeconds(10),
                5,
                Duration.ofMillis(200),
                Duration.ofSeconds(2),
                List.of("127.0.0.1"),
                "sellersync-test/1.0 (Language=Java)");
        LwaTokens lwa = new LwaTokens(
                SpApiClients.httpClient(properties), SpApiClients.mapper(), Clock.systemUTC(), Duration.ofSeconds(5));
        SpApiClients clients = new SpApiClients(
                properties,
                lwa,
                new SpApiRateLimiter(SpApiRateLimiter.shared(dataSource)),
                new SpApiMetrics(new SimpleMeterRegistry()),
                UnaryOperator.identity());
        SpApiAccount account = new SpApiAccount(
                "node-" + ProcessHandle.current().pid(),
                sellerId,
                emulator,
                emulator.resolve("/auth/o2/token"),
                clientId,
                new LwaCredentials(clientSecret, refreshToken));
        ListingsApi listings = clients.client(ListingsApi.class, account);
        // A running node: warm (first call made, classes loaded) before the measured run starts together.
        listings.getListingsItem(sellerId, sku, List.of(marketplace), List.of("summaries"), null);
        Thread.sleep(Math.max(0, startAt - System.currentTimeMillis()));
        for (int i = 0; i < calls; i++) {
            listings.getListingsItem(sellerId, sku, List.of(marketplace), List.of("summaries"), null);
        }
        return 0;
    }
}
