// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.twophase;

import io.sellersync.messages.accounts.AccountId;
import io.sellersync.messages.shared.MarketplaceId;
import io.sellersync.messages.shared.Marketplaces;
import java.time.Instant;

/** Every SKU of the run is live at its new price and quantity ({@code rescued} of them after a rescue). */
public record TwoPhaseSyncCompletedEvent(
        SyncRunId runId, AccountId accountId, MarketplaceId marketplaceId, int verified, int rescued, Instant at)
        implements TwoPhaseSyncEvent {

    @Override
    public String describe() {
        return "Two-phase run %s for Amazon %s completed: %d SKU(s) live at the new price and quantity%s"
                .formatted(
                        TwoPhaseSyncEvent.shortId(runId),
                        Marketplaces.countryCode(marketplaceId),
                        verified,
                        rescued > 0 ? " (" + rescued + " after a rescue)" : "");
    }
}
