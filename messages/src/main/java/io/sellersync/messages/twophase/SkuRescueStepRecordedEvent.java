// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.twophase;

import java.time.Instant;

/** Amazon's answer to a rescue patch: accepted (the change follows), or refused with the reason. */
public record SkuRescueStepRecordedEvent(
        SyncRunId runId, String sku, RescueStep step, int attempt, boolean accepted, String reason, Instant at)
        implements TwoPhaseSyncEvent {

    @Override
    public String describe() {
        String what = step == RescueStep.ZERO_AND_PRICE ? "quantity 0 and the price" : "the restored quantity";
        return accepted
                ? "Run %s: Amazon accepted %s for %s".formatted(TwoPhaseSyncEvent.shortId(runId), what, sku)
                : "Run %s: Amazon refused %s for %s: %s".formatted(TwoPhaseSyncEvent.shortId(runId), what, sku, reason);
    }
}
