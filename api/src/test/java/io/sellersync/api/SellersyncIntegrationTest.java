// SPDX-License-Identifier: Apache-2.0
package io.sellersync.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The whole application on a random port, with metrics exported as in production (Spring Boot's tests switch the
 * Prometheus endpoint off otherwise). Every class with this annotation shares one application context and one
 * database: the embedded PostgreSQL in a fresh folder, or {@code SPRING_DATASOURCE_URL} when set. Feed timings (and
 * two-phase runs' waits) are seconds instead of minutes and hours, so a feed's whole life (polls, delay marks,
 * read-back rounds and their deadlines) fits in a test while the emulator's clock is advanced by the test.
 * Transactions are synced only when a test asks (no background syncs of the accounts other tests connect).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "sellersync.feeds.poll-min=1s",
            "sellersync.feeds.poll-max=2s",
            "sellersync.feeds.queue-warning=3s",
            "sellersync.feeds.queue-stuck=6s",
            "sellersync.feeds.verify-first=1s",
            "sellersync.feeds.verify-max=2s",
            "sellersync.feeds.verify-timeout=40s",
            "sellersync.feeds.verify-timeout-new-sku=50s",
            "sellersync.twophase.price-timeout=40s",
            "sellersync.twophase.settle-after-first=20s",
            "sellersync.twophase.rescue-timeout=40s",
            "sellersync.finances.automatic=false",
            "sellersync.orders.automatic=false"
        })
@AutoConfigureObservability
public @interface SellersyncIntegrationTest {

    /** Chooses the data directory before any context starts; referenced so the class initialises first. */
    java.nio.file.Path DATA_DIR = IntegrationTestSupport.dataDir();
}
