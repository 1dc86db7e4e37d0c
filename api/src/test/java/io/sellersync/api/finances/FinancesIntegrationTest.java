// SPDX-License-Identifier: Apache-2.0
package io.sellersync.api.finances;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.file.Path;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The whole application with its own embedded database, whose clock is the emulator's
 * ({@link EmulatorClock}): Finances only lists transactions posted at least two minutes before Amazon's now, so the
 * sync must see the emulated time the test advances through weeks. Its context is closed afterwards, so no other
 * test shares its clock.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@DirtiesContext
@Import(EmulatorClock.class)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "SELLERSYNC_DATA_DIR=${java.io.tmpdir}/sellersync-finances-it",
            "sellersync.demo.enabled=false",
            "sellersync.finances.sync-interval=12h"
        })
public @interface FinancesIntegrationTest {

    /** The data directory of the finance tests' embedded database ({@link EmulatorClock#freshDatabase()} empties it). */
    Path DATA_DIR = Path.of(System.getProperty("java.io.tmpdir"), "sellersync-finances-it");
}
