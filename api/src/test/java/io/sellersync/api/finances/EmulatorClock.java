// SPDX-License-Identifier: Apache-2.0
package io.sellersync.api.finances;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.function.Supplier;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The application's clock for finance tests: the emulator's time once a test points it there ({@link #follow}),
 * the system's before. Amazon's time is what the transaction sync takes "now" to be.
 */
@TestConfiguration
public class EmulatorClock {

    private static volatile Supplier<Instant> source;

    /**
     * Call from a finance test class's static initializer with the data directory its {@code @TestPropertySource}
     * names: a fresh embedded database for its context.
     */
    public static void freshDatabase(String name) {
        org.springframework.util.FileSystemUtils.deleteRecursively(
                java.nio.file.Path.of(System.getProperty("java.io.tmpdir"), name)
                        .toFile());
    }

    /** From now on the application's clock reads {@code now}. */
    public static void follow(Supplier<Instant> now) {
        source = now;
    }

    @Bean
    @Primary
    Clock emulatorClock() {
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                Supplier<Instant> now = source;
                return now == null ? Instant.now() : now.get();
            }
        };
    }
}
