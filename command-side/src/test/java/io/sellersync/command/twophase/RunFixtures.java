// SPDX-License-Identifier: Apache-2.0
package io.sellersync.command.twophase;

import io.sellersync.messages.accounts.AccountId;
import io.sellersync.messages.feed.FeedId;
import io.sellersync.messages.feed.FeedIssue;
import io.sellersync.messages.feed.FeedMessage;
import io.sellersync.messages.feed.FeedOperation;
import io.sellersync.messages.feed.FeedPayloadRef;
import io.sellersync.messages.feed.MessageOutcome;
import io.sellersync.messages.feed.MessageResult;
import io.sellersync.messages.feed.VerificationState;
import io.sellersync.messages.feed.VerifiedItem;
import io.sellersync.messages.inventory.InventoryItemId;
import io.sellersync.messages.inventory.ItemCondition;
import io.sellersync.messages.queue.QueueItemId;
import io.sellersync.messages.shared.MarketplaceId;
import io.sellersync.messages.shared.Money;
import io.sellersync.messages.twophase.RunLimits;
import io.sellersync.messages.twophase.StartTwoPhaseSyncCommand;
import io.sellersync.messages.twophase.SyncRunId;
import io.sellersync.messages.twophase.TwoPhaseSyncStartedEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Shared arrangement of the run's fixture tests: three SKUs — a restock, a reprice and a new offer. */
final class RunFixtures {

    static final SyncRunId RUN = new SyncRunId("run12345-aaaa-bbbb");
    static final AccountId ACCOUNT = new AccountId("acc-1");
    static final MarketplaceId UK = new MarketplaceId("A1F83G8C2ARO7P");
    static final FeedId PRICE_FEED = new FeedId("price-feed-1");
    static final FeedId QUANTITY_FEED = new FeedId(RUN.derive("quantity"));
    static final FeedPayloadRef PAYLOAD = new FeedPayloadRef("abc123", 900);
    static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");
    static final RunLimits LIMITS = new RunLimits(Duration.ofHours(2), Duration.ofMinutes(30), Duration.ofHours(2), 2);
    static final Money OLD = Money.of("10.00", "GBP");
    static final Money NEW = Money.of("12.50", "GBP");
    static final QueueItemId Q1 = entry(1);
    static final QueueItemId Q2 = entry(2);
    static final QueueItemId Q3 = entry(3);
    /** A live offer at 10.00 with 3 units that gets 2 more at 12.50. */
    static final FeedMessage RESTOCK = new FeedMessage(
            1, "SKU-1", FeedOperation.PATCH, "BOOK", "B0001", ItemCondition.NEW_NEW, NEW, 5, OLD, 3, 2, List.of(Q1));
    /** A live offer repriced from 10.00 to 12.50, no units. */
    static final FeedMessage REPRICE = new FeedMessage(
            2, "SKU-2", FeedOperation.PATCH, "BOOK", "B0002", ItemCondition.NEW_NEW, NEW, null, OLD, 4, 0, List.of(Q2));
    /** A new offer with 1 unit. */
    static final FeedMessage NEW_OFFER = new FeedMessage(
            3,
            "SKU-3",
            FeedOperation.UPDATE,
            "BOOK",
            "B0003",
            ItemCondition.NEW_NEW,
            NEW,
            1,
            null,
            null,
            1,
            List.of(Q3));

    private RunFixtures() {}

    static QueueItemId entry(int n) {
        return QueueItemId.of(new InventoryItemId("item-" + n), ACCOUNT, UK);
    }

    static StartTwoPhaseSyncCommand start(FeedMessage... messages) {
        return new StartTwoPhaseSyncCommand(RUN, ACCOUNT, UK, List.of(messages), PRICE_FEED, PAYLOAD, LIMITS, T0);
    }

    static TwoPhaseSyncStartedEvent started(FeedMessage... messages) {
        return new TwoPhaseSyncStartedEvent(RUN, ACCOUNT, UK, List.of(messages), PRICE_FEED, PAYLOAD, LIMITS, T0);
    }

    static VerifiedItem item(FeedMessage m, VerificationState state, Money price, Integer quantity) {
        return new VerifiedItem(m.messageId(), m.sku(), state, price, quantity, m.entries());
    }

    static MessageResult refused(FeedMessage m, String why) {
        return new MessageResult(
                m.messageId(),
                m.sku(),
                MessageOutcome.ERROR,
                List.of(new FeedIssue("8560", "ERROR", why, "purchasable_offer")),
                m.entries());
    }

    static Instant at(int minutes) {
        return T0.plus(Duration.ofMinutes(minutes));
    }
}
