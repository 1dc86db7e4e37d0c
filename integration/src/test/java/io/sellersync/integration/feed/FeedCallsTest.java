// SPDX-License-Identifier: Apache-2.0
package io.sellersync.integration.feed;

import static org.assertj.core.api.Assertions.assertThat;

import io.sellersync.integration.spapi.SpApiRateLimiter;
import io.sellersync.integration.spapi.api.FeedsApi;
import io.sellersync.messages.accounts.AccountId;
import io.sellersync.messages.feed.FeedBuiltEvent;
import io.sellersync.messages.feed.FeedCancelRequestedEvent;
import io.sellersync.messages.feed.FeedDocumentUploadedEvent;
import io.sellersync.messages.feed.FeedId;
import io.sellersync.messages.feed.FeedKind;
import io.sellersync.messages.feed.FeedPayloadRef;
import io.sellersync.messages.feed.RecordFeedCancelFailedCommand;
import io.sellersync.messages.feed.RecordFeedDocumentUploadedCommand;
import io.sellersync.messages.feed.RecordFeedSubmittedCommand;
import io.sellersync.messages.shared.MarketplaceId;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Cancelling a queued feed on the emulator (no command: the next poll sees CANCELLED), a refused cancellation
 * recorded in words, and the JSON_LISTINGS_FEED budget: four feeds at once per seller and region, then one a minute.
 */
class FeedCallsTest {

    private static final AccountId ACCOUNT = new AccountId("acc-1");
    private static final MarketplaceId UK = new MarketplaceId("A1F83G8C2ARO7P");

    private static FeedCallsTestBed bed;

    @BeforeAll
    static void start() throws Exception {
        bed = new FeedCallsTestBed();
    }

    @AfterAll
    static void stop() throws Exception {
        bed.close();
    }

    @BeforeEach
    void reset() {
        bed.reset();
    }

    @AfterEach
    void followsAmazonsModels() {
        assertThat(bed.violations()).isEmpty();
    }

    @Test
    void aQueuedFeedIsCancelledOnAmazon() {
        bed.control("PUT", "/faults", "{\"feedsStuckInQueue\":true}");
        FeedId feedId = FeedId.random();
        String amazonFeedId = submit(feedId);

        bed.canceller().on(new FeedCancelRequestedEvent(feedId, ACCOUNT, amazonFeedId, bed.clock.instant()));

        assertThat(bed.sent).isEmpty();
        assertThat(bed.clients
                        .client(FeedsApi.class, bed.demoAccount())
                        .getFeed(amazonFeedId)
                        .getProcessingStatus()
                        .getValue())
                .isEqualTo("CANCELLED");
    }

    @Test
    void aFinishedFeedCannotBeCancelledAndTheRefusalIsRecordedInWords() {
        FeedId feedId = FeedId.random();
        String amazonFeedId = submit(feedId);
        bed.advance(600);

        bed.canceller().on(new FeedCancelRequestedEvent(feedId, ACCOUNT, amazonFeedId, bed.clock.instant()));

        var refused = bed.sent(RecordFeedCancelFailedCommand.class);
        assertThat(refused).hasSize(1);
        assertThat(refused.get(0).feedId()).isEqualTo(feedId);
        assertThat(refused.get(0).reason()).contains("cancel");
    }

    @Test
    void theListingsFeedBudgetAllowsFourAtOnceThenWaits() throws Exception {
        SpApiRateLimiter limiter = new SpApiRateLimiter(SpApiRateLimiter.local());
        for (int i = 0; i < 4; i++) {
            assertThat(limiter.acquireListingsFeed("S@eu")).isLessThan(Duration.ofSeconds(1));
        }
        assertThat(limiter.acquireListingsFeed("S@fe")).isLessThan(Duration.ofSeconds(1));
        CompletableFuture<Duration> fifth = new CompletableFuture<>();
        Thread waiting = new Thread(() -> {
            try {
                fifth.complete(limiter.acquireListingsFeed("S@eu"));
            } catch (InterruptedException e) {
                fifth.completeExceptionally(e);
            }
        });
        waiting.start();
        Thread.sleep(700);
        assertThat(fifth).isNotDone();
        waiting.interrupt();
        waiting.join(5_000);
        assertThat(fifth).isCompletedExceptionally();
    }

    private String submit(FeedId feedId) {
        byte[] payload = bed.payload(bed.listings(UK.value()).subList(0, 1));
        String digest = bed.store.put("payload", payload);
        FeedSubmitter submitter = bed.submitter();
        submitter.on(new FeedBuiltEvent(
                feedId,
                ACCOUNT,
                UK,
                FeedKind.SUBMISSION,
                List.of(),
                new FeedPayloadRef(digest, payload.length),
                bed.clock.instant()));
        String documentId =
                bed.sent(RecordFeedDocumentUploadedCommand.class).get(0).feedDocumentId();
        submitter.on(new FeedDocumentUploadedEvent(
                feedId, ACCOUNT, UK, documentId, new FeedPayloadRef(digest, payload.length), bed.clock.instant()));
        String amazonFeedId = bed.sent(RecordFeedSubmittedCommand.class).get(0).amazonFeedId();
        bed.sent.clear();
        return amazonFeedId;
    }
}
