// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.twophase;

import java.time.Instant;
import java.util.List;

/** The new prices of these SKUs were seen live, as Amazon showed them; their quantities may follow. */
public record SkuPricesLiveEvent(SyncRunId runId, List<SkuOffer> skus, Instant at) implements TwoPhaseSyncEvent {

    public SkuPricesLiveEvent {
        skus = List.copyOf(skus);
    }

    @Override
    public String describe() {
        return "Run %s: the new price of %d SKU(s) is live: %s"
                .formatted(
                        TwoPhaseSyncEvent.shortId(runId),
                        skus.size(),
                        RunWords.skus(skus.stream().map(SkuOffer::sku).toList()));
    }
}
