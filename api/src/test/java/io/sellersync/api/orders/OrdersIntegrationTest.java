// SPDX-License-Identifier: Apache-2.0
package io.sellersync.api.orders;

import io.sellersync.api.finances.EmulatorClock;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The whole application with its own embedded database (each test class names its data directory with
 * {@code @TestPropertySource} and empties it with {@link EmulatorClock#freshDatabase}), whose clock is the emulator's:
 * {@code searchOrders} only lists what changed at least two minutes before Amazon's now, so the sync must see the
 * emulated time the test advances through days. No automatic runs: the tests start every sync themselves.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@DirtiesContext
@Import(EmulatorClock.class)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "sellersync.demo.enabled=false",
            "sellersync.finances.automatic=false",
            "sellersync.orders.automatic=false"
        })
public @interface OrdersIntegrationTest {}
