// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.twophase;

import io.sellersync.messages.accounts.AccountId;
import io.sellersync.messages.feed.FeedId;
import io.sellersync.messages.feed.FeedMessage;
import io.sellersync.messages.shared.MarketplaceId;
import java.time.Instant;
import java.util.List;

/**
 * The quantity phase may start (the durable intent): the SKUs whose price is verified live and that add units, as
 * planned at submit. The quantity feed {@code quantityFeedId} is built from a fresh live read (quantity = live + units
 * added, no price); {@code attempt} counts builds after a deferral.
 */
public record QuantityPhaseStartedEvent(
        SyncRunId runId,
        AccountId accountId,
        MarketplaceId marketplaceId,
        FeedId quantityFeedId,
        List<FeedMessage> messages,
        int attempt,
        Instant at)
        implements TwoPhaseSyncEvent {

    public QuantityPhaseStartedEvent {
        messages = List.copyOf(messages);
    }

    @Override
    public String describe() {
        return "Run %s: quantity phase for %d SKU(s) whose price is live%s"
                .formatted(
                        TwoPhaseSyncEvent.shortId(runId),
                        messages.size(),
                        attempt > 1 ? " (attempt " + attempt + ")" : "");
    }
}
