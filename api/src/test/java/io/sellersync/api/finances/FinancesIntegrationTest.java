// SPDX-License-Identifier: Apache-2.0
package io.sellersync.api.finances;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The whole application with its own embedded database (each test class names its data directory with
 * {@code @TestPropertySource} and empties it with {@link EmulatorClock#freshDatabase}), whose clock is the emulator's
 * ({@link EmulatorClock}): Finances only lists transactions posted at least two minutes before Amazon's now, so the
 * sync must see the emulated time the test advances through weeks. Its context is closed afterwards, so no other
 * test shares its clock. Orders are not synced on their own (the finance ITs' per-order figures are the transactions'
 * alone, and a background order sync would change them between two reads).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@DirtiesContext
@Import(EmulatorClock.class)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "sellersync.demo.enabled=false",
            "sellersync.finances.sync-interval=12h",
            "sellersync.orders.automatic=false"
        })
public @interface FinancesIntegrationTest {}
