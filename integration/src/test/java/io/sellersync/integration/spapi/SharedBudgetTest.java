// SPDX-License-Identifier: Apache-2.0
package io.sellersync.integration.spapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two JVMs act for the same seller and draw from one rate-limit budget in PostgreSQL: the emulator (running Amazon's
 * default plan for getListingsItem, 5/s with a burst of 10, in real time) must see no 429, and the calls must come
 * as fast as the plan allows.
 */
class SharedBudgetTest {

    private static EmbeddedPostgres postgres;
    private static EmulatorServer emulator;

    @BeforeAll
    static void start() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                InputStream ddl = SharedBudgetTest.class.getResourceAsStream(
                        "/db/migration/integration/V201__sp_api_rate_buckets.sql")) {
            connection.createStatement().execute(new String(ddl.readAllBytes(), StandardCharsets.UTF_8));
        }
        emulator = new EmulatorServer();
    }

    @AfterAll
    static void stop() throws IOException {
        emulator.close();
        postgres.close();
    }

    @Test
    void twoNodesTogetherStayWithinTheSellersPlan() throws Exception {
        Result result = twoNodes(emulator, postgres, 20);
        assertThat(result.throttled())
                .as("429s seen by Amazon:%n%s", result.log())
                .isZero();
        assertThat(result.calls()).isEqualTo(40);
        assertThat(result.elapsedSeconds())
                .as("elapsed seconds vs the token-bucket floor %s s", result.floorSeconds())
                .isBetween(result.floorSeconds() * 0.95, result.floorSeconds() * 1.05 + 0.25);
    }

    /** What Amazon (the emulator) saw of one two-node run. */
    record Result(int calls, int throttled, double elapsedSeconds, double floorSeconds, String log) {}

    /**
     * Two nodes (this JVM and a child JVM) make {@code callsPerNode} getListingsItem calls each, from the same moment,
     * after one warm-up call each (not counted in the timing, counted for 429s).
     */
    static Result twoNodes(EmulatorServer emulator, EmbeddedPostgres postgres, int callsPerNode) throws Exception {
        emulator.control("POST", "/seed", "{\"seed\":11,\"speed\":1,\"purchasesPerHour\":0}");
        JsonNode credentials = emulator.control("GET", "/credentials", null);
        String seller = credentials.get("sellerId").asText();
        JsonNode listing =
                emulator.control("GET", "/listings?sellerId=" + seller, null).get(0);
        String sku = listing.get("sku").asText();
        String marketplace = listing.get("offers").fieldNames().next();
        try (Connection connection = postgres.getPostgresDatabase().getConnection()) {
            connection.createStatement().execute("delete from sp_api_rate_bucket");
        }
        emulator.control("DELETE", "/calls", null);

        long startAt = System.currentTimeMillis() + 4000;
        List<String> args = List.of(
                postgres.getJdbcUrl("postgres", "postgres"),
                emulator.base().toString(),
                seller,
                credentials.get("clientId").asText(),
                credentials.get("clientSecret").asText(),
                credentials.get("refreshToken").asText(),
                sku,
                marketplace,
                Integer.toString(callsPerNode),
                Long.toString(startAt));
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                SharedBudgetWorker.class.getName()));
        command.addAll(args);
        Process otherNode = new ProcessBuilder(command).inheritIO().start();
        DataSource shared = postgres.getPostgresDatabase();
        SharedBudgetWorker.run(
                shared,
                emulator.base(),
                seller,
                credentials.get("clientId").asText(),
                credentials.get("clientSecret").asText(),
                credentials.get("refreshToken").asText(),
                sku,
                marketplace,
                callsPerNode,
                startAt);
        if (!otherNode.waitFor(600, TimeUnit.SECONDS) || otherNode.exitValue() != 0) {
            throw new IllegalStateException("the second node failed");
        }

        JsonNode calls = emulator.control("GET", "/calls?operation=getListingsItem&limit=10000", null);
        StringBuilder log = new StringBuilder();
        for (JsonNode call : calls) {
            log.append(call.get("at").asText().substring(17))
                    .append(' ')
                    .append(call.get("status").asInt())
                    .append('\n');
        }
        List<Instant> times = new ArrayList<>();
        int throttled = 0;
        for (JsonNode call : calls) {
            times.add(Instant.parse(call.get("at").asText()));
            if (call.get("status").asInt() == 429) {
                throttled++;
            }
        }
        times.sort(null);
        times = times.subList(2, times.size());
        double elapsed =
                (times.get(times.size() - 1).toEpochMilli() - times.get(0).toEpochMilli()) / 1000.0;
        double floor = (2 * callsPerNode - SpApiOperation.getListingsItem.burst())
                / SpApiOperation.getListingsItem.ratePerSecond();
        return new Result(calls.size() - 2, throttled, elapsed, floor, log.toString());
    }
}
