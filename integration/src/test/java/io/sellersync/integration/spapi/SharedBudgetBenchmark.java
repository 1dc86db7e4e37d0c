// SPDX-License-Identifier: Apache-2.0
package io.sellersync.integration.spapi;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Benchmark (not part of the test command): 300 getListingsItem calls by two JVMs at Amazon's default plan (5/s,
 * burst 10), three repetitions side by side with the token-bucket floor. Prints one JSON line:
 * {@code ./mvnw -B -pl integration -am test -Dgroups=bench -Dsurefire.excludedGroups= -Dtest=SharedBudgetBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 */
@Tag("bench")
class SharedBudgetBenchmark {

    @Test
    void readBackAtTheRateLimitFloor() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
                EmulatorServer emulator = new EmulatorServer()) {
            try (Connection connection = postgres.getPostgresDatabase().getConnection();
                    InputStream ddl = SharedBudgetBenchmark.class.getResourceAsStream(
                            "/db/migration/integration/V201__sp_api_rate_buckets.sql")) {
                connection.createStatement().execute(new String(ddl.readAllBytes(), StandardCharsets.UTF_8));
            }
            List<Double> ratios = new ArrayList<>();
            int throttled = 0;
            double floor = 0;
            for (int repetition = 0; repetition < 3; repetition++) {
                SharedBudgetTest.Result result = SharedBudgetTest.twoNodes(emulator, postgres, 150);
                ratios.add(result.elapsedSeconds() / result.floorSeconds());
                throttled += result.throttled();
                floor = result.floorSeconds();
            }
            ratios.sort(null);
            double median = ratios.get(1);
            System.out.println(String.format(
                    Locale.ROOT,
                    "{\"bench\":\"rate-limit-floor/getListingsItem-300-two-jvms\",\"floor_s\":%.1f,\"ratio_median\":%.4f,"
                            + "\"ratio_min\":%.4f,\"ratio_max\":%.4f,\"throttled\":%d,\"ratio\":%.4f,\"goal\":1.05,\"ok\":%s}",
                    floor,
                    median,
                    ratios.get(0),
                    ratios.get(2),
                    throttled,
                    median,
                    median <= 1.05 && throttled == 0));
        }
    }
}
