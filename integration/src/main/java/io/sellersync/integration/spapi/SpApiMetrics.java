// SPDX-License-Identifier: Apache-2.0
package io.sellersync.integration.spapi;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;

/**
 * SP-API metrics for Prometheus: {@code sellersync.spapi.calls} by operation and status (0 = no response),
 * {@code sellersync.spapi.ratelimit.wait} by operation, and {@code sellersync.spapi.throttled} (429s received, which
 * the limiter should keep at zero).
 */
public class SpApiMetrics {

    private final MeterRegistry registry;

    public SpApiMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void call(SpApiOperation operation, int status, Duration elapsed) {
        Timer.builder("sellersync.spapi.calls")
                .tag("operation", operation.name())
                .tag("status", Integer.toString(status))
                .register(registry)
                .record(elapsed);
        if (status == 429) {
            registry.counter("sellersync.spapi.throttled", "operation", operation.name())
                    .increment();
        }
    }

    void waited(SpApiOperation operation, Duration waited) {
        Timer.builder("sellersync.spapi.ratelimit.wait")
                .tag("operation", operation.name())
                .register(registry)
                .record(waited);
    }
}
