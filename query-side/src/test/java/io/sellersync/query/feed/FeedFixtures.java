// SPDX-License-Identifier: Apache-2.0
package io.sellersync.query.feed;

import io.sellersync.messages.accounts.AccountId;
import io.sellersync.messages.feed.FeedBuiltEvent;
import io.sellersync.messages.feed.FeedId;
import io.sellersync.messages.feed.FeedIssue;
import io.sellersync.messages.feed.FeedKind;
import io.sellersync.messages.feed.FeedMessage;
import io.sellersync.messages.feed.FeedOperation;
import io.sellersync.messages.feed.FeedPayloadRef;
import io.sellersync.messages.feed.MessageOutcome;
import io.sellersync.messages.feed.MessageResult;
import io.sellersync.messages.inventory.InventoryItemId;
import io.sellersync.messages.inventory.ItemCondition;
import io.sellersync.messages.queue.QueueItemId;
import io.sellersync.messages.shared.MarketplaceId;
import io.sellersync.messages.shared.Money;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Feeds as the aggregate would build them. */
final class FeedFixtures {

    static final AccountId ACCOUNT = new AccountId("acc-feeds");
    static final MarketplaceId UK = new MarketplaceId("A1F83G8C2ARO7P");
    static final Instant T0 = Instant.parse("2026-11-20T10:00:00Z");

    private FeedFixtures() {}

    static QueueItemId entry(int n) {
        return QueueItemId.of(new InventoryItemId("item-" + n), ACCOUNT, UK);
    }

    /** Message n: SKU-n, price 10.n0 GBP (quantity only for every 7th), live quantity 1, 2 units added. */
    static FeedMessage message(int n) {
        boolean quantityOnly = n % 7 == 0;
        return new FeedMessage(
                n,
                "SKU-" + n,
                n % 5 == 0 ? FeedOperation.UPDATE : FeedOperation.PATCH,
                "BOOK",
                "B0000" + n,
                ItemCondition.NEW_NEW,
                quantityOnly ? null : Money.of("10." + (n % 10) + "0", "GBP"),
                3,
                Money.of("9.99", "GBP"),
                1,
                2,
                List.of(entry(n)));
    }

    static List<FeedMessage> messages(int count) {
        List<FeedMessage> list = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            list.add(message(i));
        }
        return list;
    }

    static FeedBuiltEvent built(FeedId id, FeedKind kind, List<FeedMessage> messages, Instant at) {
        return new FeedBuiltEvent(id, ACCOUNT, UK, kind, messages, new FeedPayloadRef("a".repeat(64), 1234), at);
    }

    static MessageResult result(FeedMessage m, MessageOutcome outcome) {
        List<FeedIssue> issues = switch (outcome) {
            case ACCEPTED -> List.of();
            case WARNING -> List.of(new FeedIssue("18027", "WARNING", "Price is unusual", "purchasable_offer"));
            case ERROR ->
                List.of(new FeedIssue(
                        "90220", "ERROR", "'condition_type' is required but not supplied.", "condition_type"));
        };
        return new MessageResult(m.messageId(), m.sku(), outcome, issues, m.entries());
    }
}
