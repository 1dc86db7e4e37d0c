// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.queue;

import io.sellersync.messages.accounts.AccountId;
import io.sellersync.messages.accounts.GuardRails;
import io.sellersync.messages.shared.MarketplaceId;
import io.sellersync.messages.shared.Money;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Queues an item for an account and marketplace. {@code reprice} allows a {@code LISTED} item (the reprice action);
 * {@code otherQueuedPrice} is the price of another active entry for the same seller SKU (null when none), for the
 * queue-vs-queue check; {@code guardRails} are the account's at the time of queueing.
 */
public record QueueInventoryItemCommand(
        @TargetAggregateIdentifier QueueItemId queueItemId,
        AccountId accountId,
        MarketplaceId marketplaceId,
        ItemSnapshot item,
        boolean reprice,
        SkuResolution resolution,
        Money otherQueuedPrice,
        GuardRails guardRails,
        Instant queuedAt) {}
