// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.twophase;

import io.sellersync.messages.accounts.AccountId;
import io.sellersync.messages.feed.FeedId;
import io.sellersync.messages.feed.FeedMessage;
import io.sellersync.messages.feed.FeedPayloadRef;
import io.sellersync.messages.shared.MarketplaceId;
import io.sellersync.messages.shared.Marketplaces;
import java.time.Instant;
import java.util.List;

/**
 * A two-phase run started: the SKUs it owns as planned at submit ({@code messages}: price, units added, the queue
 * entries each carries), its price feed (id and the stored document of the price-only messages, see
 * {@link TwoPhasePlan#priceMessages}) and its limits.
 */
public record TwoPhaseSyncStartedEvent(
        SyncRunId runId,
        AccountId accountId,
        MarketplaceId marketplaceId,
        List<FeedMessage> messages,
        FeedId priceFeedId,
        FeedPayloadRef pricePayload,
        RunLimits limits,
        Instant startedAt)
        implements TwoPhaseSyncEvent {

    public TwoPhaseSyncStartedEvent {
        messages = List.copyOf(messages);
    }

    @Override
    public String describe() {
        return "Two-phase run %s started for Amazon %s: %d SKU(s), prices first"
                .formatted(TwoPhaseSyncEvent.shortId(runId), Marketplaces.countryCode(marketplaceId), messages.size());
    }
}
