// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.twophase;

import io.sellersync.messages.accounts.AccountId;
import io.sellersync.messages.shared.MarketplaceId;
import io.sellersync.messages.shared.Marketplaces;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * The run failed at {@code phase}: a phase feed failed as a whole (Amazon's reason), or no SKU got live. Counts and
 * {@code notLive} say where each SKU ended.
 */
public record TwoPhaseSyncFailedEvent(
        SyncRunId runId,
        AccountId accountId,
        MarketplaceId marketplaceId,
        RunStep phase,
        String reason,
        int verified,
        int held,
        int failed,
        List<SkuReason> notLive,
        Instant at)
        implements TwoPhaseSyncEvent {

    public TwoPhaseSyncFailedEvent {
        notLive = List.copyOf(notLive);
    }

    @Override
    public String describe() {
        return "Two-phase run %s for Amazon %s failed in the %s phase: %s"
                .formatted(
                        TwoPhaseSyncEvent.shortId(runId),
                        Marketplaces.countryCode(marketplaceId),
                        phase.name().toLowerCase(Locale.ROOT),
                        reason);
    }
}
