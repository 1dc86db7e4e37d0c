// SPDX-License-Identifier: Apache-2.0
package io.sellersync.api.config;

import java.util.Map;
import java.util.TreeMap;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.stereotype.Component;

/** Readiness includes the event processors: a projection that stopped or errors makes the node not ready. */
@Component("eventProcessors")
class EventProcessorsHealthIndicator extends AbstractHealthIndicator {

    private final EventProcessingConfiguration processing;

    EventProcessorsHealthIndicator(EventProcessingConfiguration processing) {
        this.processing = processing;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        Map<String, String> states = new TreeMap<>();
        boolean healthy = true;
        for (var entry : processing.eventProcessors().entrySet()) {
            String state = "running";
            if (entry.getValue() instanceof StreamingEventProcessor streaming) {
                if (streaming.isError()) {
                    state = "error";
                } else if (streaming.isReplaying()) {
                    state = "replaying";
                } else if (!streaming.isRunning()) {
                    state = "stopped";
                }
            } else if (!entry.getValue().isRunning()) {
                state = "stopped";
            }
            healthy &= state.equals("running") || state.equals("replaying");
            states.put(entry.getKey(), state);
        }
        (healthy ? builder.up() : builder.down()).withDetails(states);
    }
}
