// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.queue;

import io.sellersync.messages.accounts.AccountId;
import io.sellersync.messages.feed.FeedId;
import io.sellersync.messages.inventory.InventoryItemId;
import io.sellersync.messages.inventory.ItemCondition;
import io.sellersync.messages.shared.MarketplaceId;
import io.sellersync.messages.shared.Money;
import io.sellersync.messages.twophase.SyncRunId;
import java.time.Instant;

/**
 * One queue entry as the Queue page shows it: the local item, where it goes (seller SKU, new-SKU mark, product type),
 * local vs live price and quantity, an open conflict ({@code conflictKind} and {@code theirPrice}, else null), the feed
 * that carries it right now ({@code feedId}, else null), why the last feed did not apply it ({@code lastFailure}) and
 * the two-phase run that owns it until the run ends ({@code runId}, else null).
 */
public record QueueEntryView(
        QueueItemId queueItemId,
        InventoryItemId itemId,
        AccountId accountId,
        MarketplaceId marketplaceId,
        String localSku,
        String title,
        String asin,
        ItemCondition condition,
        String sellerSku,
        boolean newSku,
        String productType,
        Money price,
        int quantity,
        Money livePrice,
        Integer liveQuantity,
        ConflictKind conflictKind,
        Money theirPrice,
        boolean needsConfirmation,
        boolean reprice,
        Instant queuedAt,
        FeedId feedId,
        String lastFailure,
        SyncRunId runId) {

    /** Local minus live price; null when Amazon has no live price. */
    public Money difference() {
        return livePrice == null || !livePrice.currency().equals(price.currency())
                ? null
                : new Money(price.amount().subtract(livePrice.amount()), price.currency());
    }

    public boolean inFeed() {
        return feedId != null;
    }

    public boolean inRun() {
        return runId != null;
    }

    public boolean hasConflict() {
        return conflictKind != null;
    }
}
