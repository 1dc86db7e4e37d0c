// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.twophase;

import io.sellersync.messages.shared.AuditedEvent;

/** Every event of the {@code TwoPhaseSync} aggregate; {@link #runId()} drives sequencing and projections. */
public sealed interface TwoPhaseSyncEvent extends AuditedEvent
        permits TwoPhaseSyncStartedEvent,
                SkuPricesLiveEvent,
                QuantityPhaseStartedEvent,
                QuantityPhaseDeferredEvent,
                SkuRescueRequestedEvent,
                SkuRescueStepRecordedEvent,
                RescueReadBackRequestedEvent,
                SkusSettledEvent,
                TwoPhaseSyncCompletedEvent,
                TwoPhaseSyncPartialEvent,
                TwoPhaseSyncFailedEvent {

    SyncRunId runId();

    /** The first 8 characters of a run id, as pages and messages show it. */
    static String shortId(SyncRunId runId) {
        String value = runId.value();
        return value.length() <= 8 ? value : value.substring(0, 8);
    }
}
