// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.twophase;

import io.sellersync.messages.accounts.AccountId;
import io.sellersync.messages.shared.MarketplaceId;
import io.sellersync.messages.shared.Marketplaces;
import java.time.Instant;
import java.util.List;

/** The run ended with some SKUs live and others held or failed ({@code notLive}, each with the reason). */
public record TwoPhaseSyncPartialEvent(
        SyncRunId runId,
        AccountId accountId,
        MarketplaceId marketplaceId,
        int verified,
        int held,
        int failed,
        List<SkuReason> notLive,
        Instant at)
        implements TwoPhaseSyncEvent {

    public TwoPhaseSyncPartialEvent {
        notLive = List.copyOf(notLive);
    }

    @Override
    public String describe() {
        return "Two-phase run %s for Amazon %s ended partly: %d SKU(s) live, %d held, %d failed: %s"
                .formatted(
                        TwoPhaseSyncEvent.shortId(runId),
                        Marketplaces.countryCode(marketplaceId),
                        verified,
                        held,
                        failed,
                        RunWords.skus(notLive.stream()
                                .map(s -> s.sku() + " (" + s.reason() + ")")
                                .toList()));
    }
}
