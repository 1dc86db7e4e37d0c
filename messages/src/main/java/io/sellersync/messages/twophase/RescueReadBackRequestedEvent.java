// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.twophase;

import io.sellersync.messages.accounts.AccountId;
import io.sellersync.messages.shared.MarketplaceId;
import java.time.Instant;
import java.util.List;

/** A read-back round of rescued SKUs is due: what each should show once its patch is live. */
public record RescueReadBackRequestedEvent(
        SyncRunId runId,
        AccountId accountId,
        MarketplaceId marketplaceId,
        int round,
        List<SkuOffer> expected,
        Instant at)
        implements TwoPhaseSyncEvent {

    public RescueReadBackRequestedEvent {
        expected = List.copyOf(expected);
    }

    @Override
    public String describe() {
        return "Run %s: reading back %d rescued SKU(s) (round %d)"
                .formatted(TwoPhaseSyncEvent.shortId(runId), expected.size(), round);
    }
}
