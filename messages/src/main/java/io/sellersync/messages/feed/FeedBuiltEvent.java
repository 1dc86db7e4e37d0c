// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.feed;

import io.sellersync.messages.accounts.AccountId;
import io.sellersync.messages.shared.MarketplaceId;
import io.sellersync.messages.shared.Marketplaces;
import io.sellersync.messages.twophase.SyncRunId;
import io.sellersync.messages.twophase.TwoPhaseSyncEvent;
import java.time.Instant;
import java.util.List;

/**
 * A feed was built: its messages (with the queue entries each carries) and the digest of its exact document; for a
 * phase of a two-phase run, the run and the read-back limits it asked for (null otherwise).
 */
public record FeedBuiltEvent(
        FeedId feedId,
        AccountId accountId,
        MarketplaceId marketplaceId,
        FeedKind kind,
        List<FeedMessage> messages,
        FeedPayloadRef payload,
        Instant builtAt,
        SyncRunId runId,
        ReadBackLimits readBack)
        implements FeedEvent {

    public FeedBuiltEvent {
        messages = List.copyOf(messages);
    }

    /** A plain submission or dry run. */
    public FeedBuiltEvent(
            FeedId feedId,
            AccountId accountId,
            MarketplaceId marketplaceId,
            FeedKind kind,
            List<FeedMessage> messages,
            FeedPayloadRef payload,
            Instant builtAt) {
        this(feedId, accountId, marketplaceId, kind, messages, payload, builtAt, null, null);
    }

    @Override
    public String describe() {
        return "%s %s built for Amazon %s with %d message(s)"
                        .formatted(
                                kind == FeedKind.DRY_RUN ? "Dry run" : "Feed",
                                FeedEvent.shortId(feedId),
                                Marketplaces.countryCode(marketplaceId),
                                messages.size())
                + (runId == null ? "" : " (run " + TwoPhaseSyncEvent.shortId(runId) + ")");
    }
}
