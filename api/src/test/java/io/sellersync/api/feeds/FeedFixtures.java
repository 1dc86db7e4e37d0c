// SPDX-License-Identifier: Apache-2.0
package io.sellersync.api.feeds;

import io.sellersync.messages.accounts.AccountId;
import io.sellersync.messages.accounts.AccountView;
import io.sellersync.messages.accounts.GuardRails;
import io.sellersync.messages.feed.AmazonFeedStatus;
import io.sellersync.messages.feed.FeedId;
import io.sellersync.messages.feed.FeedKind;
import io.sellersync.messages.feed.FeedStatus;
import io.sellersync.messages.feed.FeedView;
import io.sellersync.messages.inventory.InventoryItemId;
import io.sellersync.messages.inventory.ItemCondition;
import io.sellersync.messages.queue.QueueEntryView;
import io.sellersync.messages.queue.QueueItemId;
import io.sellersync.messages.shared.MarketplaceId;
import io.sellersync.messages.shared.Money;
import io.sellersync.messages.shared.Region;
import java.time.Instant;
import java.util.List;

/** Queue entries, accounts and feed views for the feed unit tests. */
final class FeedFixtures {

    static final AccountId ACCOUNT = new AccountId("acc-1");
    static final MarketplaceId UK = new MarketplaceId("A1F83G8C2ARO7P");
    static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

    private FeedFixtures() {}

    static AccountView account(GuardRails rails) {
        return new AccountView(
                ACCOUNT, "Acme", "A1SELLER", Region.EU, List.of(UK), "client", null, null, null, NOW, NOW, rails);
    }

    /** A queued listing of {@code units} at {@code price}; Amazon had {@code livePrice} / {@code liveQuantity}. */
    static QueueEntryView entry(String sku, String price, int units, String livePrice, Integer liveQuantity) {
        InventoryItemId item = InventoryItemId.random();
        return new QueueEntryView(
                QueueItemId.of(item, ACCOUNT, UK),
                item,
                ACCOUNT,
                UK,
                "LOC-" + sku,
                "Title " + sku,
                "B000000001",
                ItemCondition.NEW_NEW,
                sku,
                livePrice == null,
                "BOOK",
                Money.of(price, "GBP"),
                units,
                livePrice == null ? null : Money.of(livePrice, "GBP"),
                liveQuantity,
                null,
                null,
                false,
                false,
                NOW,
                null,
                null,
                null);
    }

    static FeedView feed(FeedKind kind, FeedStatus status) {
        return new FeedView(
                FeedId.random(),
                ACCOUNT,
                UK,
                kind,
                status,
                status == FeedStatus.BUILT ? null : "50001",
                status == FeedStatus.SUBMITTED ? AmazonFeedStatus.IN_QUEUE : null,
                1,
                0,
                0,
                0,
                0,
                0,
                0,
                0,
                null,
                null,
                null,
                "digest",
                null,
                NOW,
                status == FeedStatus.BUILT ? null : NOW,
                null,
                null,
                null,
                null);
    }
}
