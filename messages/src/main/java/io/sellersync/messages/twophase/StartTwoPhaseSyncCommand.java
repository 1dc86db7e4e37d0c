// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.twophase;

import io.sellersync.messages.accounts.AccountId;
import io.sellersync.messages.feed.FeedId;
import io.sellersync.messages.feed.FeedMessage;
import io.sellersync.messages.feed.FeedPayloadRef;
import io.sellersync.messages.shared.MarketplaceId;
import java.time.Instant;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Starts a two-phase run from a fresh plan ({@code messages}, see {@code FeedPlanner}); {@code pricePayload} is the
 * stored document of {@link TwoPhasePlan#priceMessages} of those messages. The run takes the account and
 * marketplace's submission slot until it ends.
 */
public record StartTwoPhaseSyncCommand(
        @TargetAggregateIdentifier SyncRunId runId,
        AccountId accountId,
        MarketplaceId marketplaceId,
        List<FeedMessage> messages,
        FeedId priceFeedId,
        FeedPayloadRef pricePayload,
        RunLimits limits,
        Instant startedAt) {

    public StartTwoPhaseSyncCommand {
        messages = List.copyOf(messages);
    }
}
