// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.twophase;

import java.time.Instant;

/** The quantity feed could not be built this time (e.g. the live read failed); it is tried again shortly. */
public record QuantityPhaseDeferredEvent(SyncRunId runId, int attempt, String reason, Instant at)
        implements TwoPhaseSyncEvent {

    @Override
    public String describe() {
        return "Run %s: the quantity feed could not be built (attempt %d): %s; trying again"
                .formatted(TwoPhaseSyncEvent.shortId(runId), attempt, reason);
    }
}
