// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.feed;

import io.sellersync.messages.accounts.AccountId;
import io.sellersync.messages.shared.MarketplaceId;
import io.sellersync.messages.twophase.SyncRunId;
import java.time.Instant;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Records a feed built from the queue (see {@link FeedPlanner}) whose exact document is already stored under
 * {@code payload}. The {@code Feed} aggregate refuses an empty feed, more than 25,000 messages, repeated message ids or
 * SKUs, a message without entries and a price that is not above 0. A phase of a two-phase run names its {@code runId}
 * (the run, not the feed, decides what happens to the queue entries) and may bring its own {@code readBack} limits;
 * both are null for a plain submission or dry run.
 */
public record BuildFeedCommand(
        @TargetAggregateIdentifier FeedId feedId,
        AccountId accountId,
        MarketplaceId marketplaceId,
        FeedKind kind,
        List<FeedMessage> messages,
        FeedPayloadRef payload,
        Instant requestedAt,
        SyncRunId runId,
        ReadBackLimits readBack) {

    public BuildFeedCommand {
        messages = List.copyOf(messages);
    }

    /** A plain submission or dry run (no run, the application's read-back limits). */
    public BuildFeedCommand(
            FeedId feedId,
            AccountId accountId,
            MarketplaceId marketplaceId,
            FeedKind kind,
            List<FeedMessage> messages,
            FeedPayloadRef payload,
            Instant requestedAt) {
        this(feedId, accountId, marketplaceId, kind, messages, payload, requestedAt, null, null);
    }
}
