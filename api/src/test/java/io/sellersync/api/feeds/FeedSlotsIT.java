// SPDX-License-Identifier: Apache-2.0
package io.sellersync.api.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import io.sellersync.api.SellersyncIntegrationTest;
import io.sellersync.api.graphql.GraphQlErrors;
import io.sellersync.messages.accounts.AccountId;
import io.sellersync.messages.feed.BuildFeedCommand;
import io.sellersync.messages.feed.FeedFailure;
import io.sellersync.messages.feed.FeedId;
import io.sellersync.messages.feed.FeedKind;
import io.sellersync.messages.feed.FeedMessage;
import io.sellersync.messages.feed.FeedOperation;
import io.sellersync.messages.feed.FeedPayloadRef;
import io.sellersync.messages.feed.RecordFeedFailedCommand;
import io.sellersync.messages.inventory.InventoryItemId;
import io.sellersync.messages.inventory.ItemCondition;
import io.sellersync.messages.queue.QueueItemId;
import io.sellersync.messages.shared.BusinessError;
import io.sellersync.messages.shared.ErrorCode;
import io.sellersync.messages.shared.MarketplaceId;
import io.sellersync.messages.shared.Money;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One submission in flight per account and marketplace, decided by the feed-slots table in each command's own
 * transaction: of several concurrent builds exactly one is stored, the others are refused on {@code marketplaceId}
 * with no event; a dry run takes no slot; a failed feed frees it.
 */
@SellersyncIntegrationTest
class FeedSlotsIT {

    private static final MarketplaceId UK = new MarketplaceId("A1F83G8C2ARO7P");

    @Autowired
    CommandGateway commands;

    @Autowired
    JdbcTemplate jdbc;

    private static BuildFeedCommand build(FeedId id, AccountId account, FeedKind kind) {
        QueueItemId entry = QueueItemId.of(InventoryItemId.random(), account, UK);
        FeedMessage message = new FeedMessage(
                1,
                "SKU-1",
                FeedOperation.PATCH,
                "BOOK",
                "B00EXAMPLE",
                ItemCondition.USED_GOOD,
                Money.of("12.50", "GBP"),
                null,
                null,
                null,
                0,
                List.of(entry));
        return new BuildFeedCommand(
                id, account, UK, kind, List.of(message), new FeedPayloadRef("ab".repeat(32), 10), Instant.now());
    }

    private int events(FeedId id) {
        return jdbc.queryForObject(
                "select count(*) from domain_event_entry where aggregate_identifier = ?", Integer.class, id.value());
    }

    @Test
    void concurrentSubmissionsForOneMarketplaceBuildExactlyOne() throws Exception {
        AccountId account = new AccountId("slots-" + UUID.randomUUID());
        int contenders = 4;
        ExecutorService pool = Executors.newFixedThreadPool(contenders);
        CountDownLatch start = new CountDownLatch(1);
        List<FeedId> ids = new ArrayList<>();
        List<Future<Throwable>> outcomes = new ArrayList<>();
        try {
            for (int i = 0; i < contenders; i++) {
                FeedId id = FeedId.random();
                ids.add(id);
                outcomes.add(pool.submit(() -> {
                    start.await();
                    try {
                        commands.sendAndWait(build(id, account, FeedKind.SUBMISSION));
                        return null;
                    } catch (RuntimeException e) {
                        return e;
                    }
                }));
            }
            start.countDown();
            int built = 0;
            for (Future<Throwable> outcome : outcomes) {
                Throwable failure = outcome.get();
                if (failure == null) {
                    built++;
                } else {
                    BusinessError error = GraphQlErrors.businessError(failure)
                            .orElseThrow(() -> new AssertionError("a refusal, not " + failure, failure));
                    assertThat(error.code()).isEqualTo(ErrorCode.CONFLICT);
                    assertThat(error.field()).isEqualTo("marketplaceId");
                    assertThat(error.message()).startsWith("A feed for Amazon UK is still in flight (feed ");
                }
            }
            assertThat(built).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(ids.stream().mapToInt(this::events).sum()).isEqualTo(1);
    }

    @Test
    void aDryRunTakesNoSlotAndAFailedFeedFreesIt() {
        AccountId account = new AccountId("slots-" + UUID.randomUUID());
        FeedId first = FeedId.random();
        commands.sendAndWait(build(first, account, FeedKind.SUBMISSION));
        FeedId dryRun = FeedId.random();
        commands.sendAndWait(build(dryRun, account, FeedKind.DRY_RUN));
        assertThat(events(dryRun)).isEqualTo(1);

        commands.sendAndWait(
                new RecordFeedFailedCommand(first, FeedFailure.NOT_SUBMITTED, "refused", null, Instant.now()));
        FeedId second = FeedId.random();
        commands.sendAndWait(build(second, account, FeedKind.SUBMISSION));
        assertThat(events(second)).isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "select feed_id from feed_slot where account_id = ?", String.class, account.value()))
                .isEqualTo(second.value());
    }
}
