// SPDX-License-Identifier: Apache-2.0
package io.sellersync.integration.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.sellersync.integration.spapi.SpApiClients;
import io.sellersync.integration.spapi.SpApiException;
import io.sellersync.integration.spapi.SpApiProperties;
import io.sellersync.integration.spapi.api.FeedsApi;
import io.sellersync.integration.spapi.documents.DocumentTransfer;
import io.sellersync.integration.spapi.generated.feeds.CreateFeedSpecification;
import io.sellersync.messages.accounts.AccountId;
import io.sellersync.messages.feed.FeedBuiltEvent;
import io.sellersync.messages.feed.FeedDocumentUploadedEvent;
import io.sellersync.messages.feed.FeedFailure;
import io.sellersync.messages.feed.FeedId;
import io.sellersync.messages.feed.FeedKind;
import io.sellersync.messages.feed.FeedPayloadRef;
import io.sellersync.messages.feed.RecordFeedDocumentUploadedCommand;
import io.sellersync.messages.feed.RecordFeedFailedCommand;
import io.sellersync.messages.feed.RecordFeedSubmittedCommand;
import io.sellersync.messages.shared.MarketplaceId;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Upload and createFeed against the emulator over HTTP, with the attempt rows in PostgreSQL: a feed is created once,
 * a redelivery or a lost answer adopts the feed Amazon made, a refusal or an answer lost before anything was made
 * ends as NOT_SUBMITTED, and an upload URL that expired is replaced by a new document.
 */
class SubmissionTest {

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
        // A body the emulator cut off on purpose cannot match the model; everything else must.
        assertThat(bed.violations())
                .filteredOn(v -> !v.contains("Unable to parse JSON"))
                .isEmpty();
    }

    @Test
    void uploadsThePayloadAndCreatesTheFeedOnce() {
        byte[] payload = bed.payload(bed.listings(UK.value()).subList(0, 2));
        FeedId feedId = FeedId.random();
        FeedSubmitter submitter = bed.submitter();

        submitter.on(built(feedId, payload));
        var uploaded = bed.sent(RecordFeedDocumentUploadedCommand.class);
        assertThat(uploaded).hasSize(1);
        assertThat(uploaded.get(0).feedId()).isEqualTo(feedId);
        submitter.on(uploaded(feedId, uploaded.get(0).feedDocumentId(), payload));

        var submitted = bed.sent(RecordFeedSubmittedCommand.class);
        assertThat(submitted).hasSize(1);
        assertThat(submitted.get(0).recovered()).isFalse();
        List<JsonNode> feeds = bed.feeds();
        assertThat(feeds).hasSize(1);
        assertThat(feeds.get(0).at("/feed/feedId").asText())
                .isEqualTo(submitted.get(0).amazonFeedId());
        assertThat(feeds.get(0).at("/feed/feedType").asText()).isEqualTo("JSON_LISTINGS_FEED");
        assertThat(feeds.get(0).at("/feed/marketplaceIds/0").asText()).isEqualTo(UK.value());
        assertThat(feeds.get(0).get("payload").asText()).isEqualTo(new String(payload, StandardCharsets.UTF_8));
        assertThat(bed.calls("createFeed")).hasSize(1);
        assertThat(bed.attempts.find(feedId).orElseThrow().amazonFeedId())
                .isEqualTo(submitted.get(0).amazonFeedId());
    }

    @Test
    void aRedeliveryAfterACrashAdoptsTheFeedAmazonMadeInsteadOfCreatingAnother() {
        List<JsonNode> listings = bed.listings(UK.value());
        FeedSubmitter submitter = bed.submitter();
        FeedId crashed = FeedId.random();
        FeedDocumentUploadedEvent crashedEvent = uploadedFresh(submitter, crashed, bed.payload(listings.subList(0, 1)));
        submitter.on(crashedEvent);
        String amazonFeedId = bed.sent(RecordFeedSubmittedCommand.class).get(0).amazonFeedId();
        // The node died after createFeed was sent, before its answer was recorded: the row has no Amazon feed id.
        bed.jdbc.update("update feed_submission_attempt set amazon_feed_id = null where feed_id = ?", crashed.value());
        // Another feed of ours is submitted later; it is newer, and it is not ours to adopt.
        bed.advance(30);
        FeedId other = FeedId.random();
        submitter.on(uploadedFresh(submitter, other, bed.payload(listings.subList(1, 2))));
        String otherAmazonId = bed.sent(RecordFeedSubmittedCommand.class).get(1).amazonFeedId();
        bed.sent.clear();

        submitter.on(crashedEvent);

        assertThat(bed.sent).hasSize(1);
        var recovered = (RecordFeedSubmittedCommand) bed.sent.get(0);
        assertThat(recovered.feedId()).isEqualTo(crashed);
        assertThat(recovered.amazonFeedId()).isEqualTo(amazonFeedId).isNotEqualTo(otherAmazonId);
        assertThat(recovered.recovered()).isTrue();
        assertThat(bed.calls("createFeed")).hasSize(2);
        assertThat(bed.calls("getFeeds")).hasSize(1);
    }

    @Test
    void aRedeliveryAfterTheAnswerWasRecordedRepeatsTheSameFeedWithoutCallingAmazon() {
        FeedSubmitter submitter = bed.submitter();
        FeedId feedId = FeedId.random();
        FeedDocumentUploadedEvent event = uploadedFresh(
                submitter, feedId, bed.payload(bed.listings(UK.value()).subList(0, 1)));
        submitter.on(event);
        submitter.on(event);

        var submitted = bed.sent(RecordFeedSubmittedCommand.class);
        assertThat(submitted).hasSize(2);
        assertThat(submitted.get(1).amazonFeedId()).isEqualTo(submitted.get(0).amazonFeedId());
        assertThat(bed.calls("createFeed")).hasSize(1);
        assertThat(bed.calls("getFeeds")).isEmpty();
    }

    @Test
    void aCutOffAnswerToCreateFeedIsResolvedByLookingTheFeedUp() {
        FeedSubmitter submitter = bed.submitter();
        FeedId feedId = FeedId.random();
        FeedDocumentUploadedEvent event = uploadedFresh(
                submitter, feedId, bed.payload(bed.listings(UK.value()).subList(0, 1)));
        bed.control("PUT", "/faults", "{\"operations\":{\"createFeed\":{\"truncatedBody\":1.0}}}");

        submitter.on(event);

        var submitted = bed.sent(RecordFeedSubmittedCommand.class);
        assertThat(submitted).hasSize(1);
        assertThat(submitted.get(0).recovered()).isTrue();
        assertThat(submitted.get(0).amazonFeedId())
                .isEqualTo(bed.feeds().get(0).at("/feed/feedId").asText());
        assertThat(bed.calls("createFeed")).hasSize(1);
        assertThat(bed.sent(RecordFeedFailedCommand.class)).isEmpty();
    }

    @Test
    void aDroppedConnectionOnCreateFeedIsResolvedByLookingTheFeedUp() {
        FeedSubmitter submitter = bed.submitter();
        FeedId feedId = FeedId.random();
        FeedDocumentUploadedEvent event = uploadedFresh(
                submitter, feedId, bed.payload(bed.listings(UK.value()).subList(0, 1)));
        bed.control("PUT", "/faults", "{\"operations\":{\"createFeed\":{\"droppedConnection\":1.0}}}");

        submitter.on(event);

        var submitted = bed.sent(RecordFeedSubmittedCommand.class);
        assertThat(submitted).hasSize(1);
        assertThat(submitted.get(0).recovered()).isTrue();
        assertThat(bed.calls("createFeed")).hasSize(1);
    }

    @Test
    void aServerErrorWithNoFeedOnAmazonEndsAsNotSubmitted() {
        FeedSubmitter submitter = bed.submitter();
        FeedId feedId = FeedId.random();
        FeedDocumentUploadedEvent event = uploadedFresh(
                submitter, feedId, bed.payload(bed.listings(UK.value()).subList(0, 1)));
        bed.control("PUT", "/faults", "{\"operations\":{\"createFeed\":{\"internalError\":1.0}}}");

        submitter.on(event);

        var failed = bed.sent(RecordFeedFailedCommand.class);
        assertThat(failed).hasSize(1);
        assertThat(failed.get(0).failure()).isEqualTo(FeedFailure.NOT_SUBMITTED);
        assertThat(failed.get(0).reason())
                .contains("lost")
                .contains("Amazon lists no such feed after " + FeedSubmitter.LOOKUPS + " lookups");
        assertThat(bed.sent(RecordFeedSubmittedCommand.class)).isEmpty();
        assertThat(bed.calls("createFeed")).hasSize(1);
        // getFeeds is eventually consistent: three lookups, a minute apart, before giving up.
        assertThat(bed.calls("getFeeds")).hasSize(FeedSubmitter.LOOKUPS);
        assertThat(bed.pauses).containsExactly(FeedSubmitter.LOOKUP_PAUSE, FeedSubmitter.LOOKUP_PAUSE);
        assertThat(bed.feeds()).isEmpty();
        assertThat(bed.attempts.find(feedId).orElseThrow().outcome()).isEqualTo("NOT_SUBMITTED");
    }

    @Test
    void aFeedAmazonListsOnlyOnALaterLookupIsAdopted() {
        FeedId feedId = FeedId.random();
        FeedDocumentUploadedEvent event = uploadedFresh(
                bed.submitter(), feedId, bed.payload(bed.listings(UK.value()).subList(0, 1)));
        bed.control("PUT", "/faults", "{\"operations\":{\"createFeed\":{\"internalError\":1.0}}}");
        AtomicReference<String> late = new AtomicReference<>();
        FeedSubmitter submitter = bed.submitter(bed.documents, pause -> {
            if (late.get() == null) {
                // Amazon's feed list catches up during the first pause: the feed made from our document shows.
                bed.control("DELETE", "/faults", null);
                late.set(bed.clients
                        .client(FeedsApi.class, bed.demoAccount())
                        .createFeed(new CreateFeedSpecification()
                                .feedType(FeedSubmitter.FEED_TYPE)
                                .marketplaceIds(List.of(UK.value()))
                                .inputFeedDocumentId(event.feedDocumentId()))
                        .getFeedId());
            }
        });

        submitter.on(event);

        var submitted = bed.sent(RecordFeedSubmittedCommand.class);
        assertThat(submitted).hasSize(1);
        assertThat(submitted.get(0).amazonFeedId()).isEqualTo(late.get());
        assertThat(submitted.get(0).recovered()).isTrue();
        assertThat(bed.sent(RecordFeedFailedCommand.class)).isEmpty();
        assertThat(bed.calls("getFeeds")).hasSize(2);
        assertThat(bed.pauses).hasSize(1);
    }

    @Test
    void aFailingLookupThrowsSoTheEventIsRetriedAndTheRetryLooksAgainInsteadOfCreatingAnother() {
        FeedSubmitter submitter = bed.submitter();
        FeedId feedId = FeedId.random();
        FeedDocumentUploadedEvent event = uploadedFresh(
                submitter, feedId, bed.payload(bed.listings(UK.value()).subList(0, 1)));
        bed.control(
                "PUT",
                "/faults",
                "{\"operations\":{\"createFeed\":{\"truncatedBody\":1.0},\"getFeeds\":{\"internalError\":1.0}}}");

        assertThatThrownBy(() -> submitter.on(event)).isInstanceOf(SpApiException.ServerError.class);

        assertThat(bed.sent(RecordFeedFailedCommand.class)).isEmpty();
        assertThat(bed.sent(RecordFeedSubmittedCommand.class)).isEmpty();
        assertThat(bed.attempts.find(feedId).orElseThrow().amazonFeedId()).isNull();

        // The processor hands the event over again (PropagatingErrorHandler); Amazon answers lookups again by now.
        bed.control("DELETE", "/faults", null);
        submitter.on(event);

        var submitted = bed.sent(RecordFeedSubmittedCommand.class);
        assertThat(submitted).hasSize(1);
        assertThat(submitted.get(0).recovered()).isTrue();
        assertThat(submitted.get(0).amazonFeedId())
                .isEqualTo(bed.feeds().get(0).at("/feed/feedId").asText());
        assertThat(bed.calls("createFeed")).hasSize(1);
        assertThat(bed.sent(RecordFeedFailedCommand.class)).isEmpty();
    }

    @Test
    void theOldestUnclaimedFeedSinceTheAttemptIsAdoptedNotALaterOneOfAnotherTool() {
        List<JsonNode> listings = bed.listings(UK.value());
        FeedSubmitter submitter = bed.submitter();
        // Another tool's feed, long before our attempt: outside the lookup window.
        String before = anotherToolsFeed(submitter, bed.payload(listings.subList(2, 3)));
        bed.advance(10 * 60);
        FeedId crashed = FeedId.random();
        FeedDocumentUploadedEvent crashedEvent = uploadedFresh(submitter, crashed, bed.payload(listings.subList(0, 1)));
        submitter.on(crashedEvent);
        String ours = bed.sent(RecordFeedSubmittedCommand.class).stream()
                .filter(c -> c.feedId().equals(crashed))
                .findFirst()
                .orElseThrow()
                .amazonFeedId();
        bed.jdbc.update("update feed_submission_attempt set amazon_feed_id = null where feed_id = ?", crashed.value());
        // Another tool's feed right after ours: unclaimed, and newer.
        bed.advance(30);
        String after = anotherToolsFeed(submitter, bed.payload(listings.subList(1, 2)));
        bed.sent.clear();

        submitter.on(crashedEvent);

        var recovered = bed.sent(RecordFeedSubmittedCommand.class);
        assertThat(recovered).hasSize(1);
        assertThat(recovered.get(0).amazonFeedId()).isEqualTo(ours).isNotIn(before, after);
        assertThat(recovered.get(0).recovered()).isTrue();
    }

    @Test
    void aRefusalEndsAsNotSubmittedWithAmazonsMessage() {
        FeedSubmitter submitter = bed.submitter();
        FeedId feedId = FeedId.random();

        submitter.on(uploaded(feedId, "no-such-document", new byte[] {'{', '}'}));

        var failed = bed.sent(RecordFeedFailedCommand.class);
        assertThat(failed).hasSize(1);
        assertThat(failed.get(0).failure()).isEqualTo(FeedFailure.NOT_SUBMITTED);
        assertThat(failed.get(0).reason()).startsWith("Amazon refused the feed: ");
        assertThat(bed.calls("createFeed")).hasSize(1);
        assertThat(bed.calls("getFeeds")).isEmpty();
    }

    @Test
    void anExpiredUploadUrlIsReplacedByANewDocument() {
        AtomicBoolean late = new AtomicBoolean(true);
        DocumentTransfer slow =
                new DocumentTransfer(SpApiClients.httpClient(properties()), List.of(), Duration.ofSeconds(5)) {
                    @Override
                    public DocumentTransfer forAccount(io.sellersync.integration.spapi.SpApiAccount account) {
                        DocumentTransfer real = super.forAccount(account);
                        return new DocumentTransfer(
                                SpApiClients.httpClient(properties()), List.of(), Duration.ofSeconds(5)) {
                            @Override
                            public void upload(URI url, byte[] content, String contentType) {
                                if (late.getAndSet(false)) {
                                    bed.advance(6 * 60);
                                }
                                real.upload(url, content, contentType);
                            }
                        };
                    }
                };
        FeedSubmitter submitter = bed.submitter(slow);
        byte[] payload = bed.payload(bed.listings(UK.value()).subList(0, 1));
        FeedId feedId = FeedId.random();

        submitter.on(built(feedId, payload));

        var uploaded = bed.sent(RecordFeedDocumentUploadedCommand.class);
        assertThat(uploaded).hasSize(1);
        assertThat(bed.calls("createFeedDocument")).hasSize(2);
        submitter.on(uploaded(feedId, uploaded.get(0).feedDocumentId(), payload));
        assertThat(bed.feeds().get(0).get("payload").asText()).isEqualTo(new String(payload, StandardCharsets.UTF_8));
    }

    @Test
    void aMissingPayloadEndsAsNotSubmitted() {
        FeedId feedId = FeedId.random();
        bed.submitter()
                .on(new FeedBuiltEvent(
                        feedId,
                        ACCOUNT,
                        UK,
                        FeedKind.SUBMISSION,
                        List.of(),
                        new FeedPayloadRef("00ff", 2),
                        bed.clock.instant()));

        var failed = bed.sent(RecordFeedFailedCommand.class);
        assertThat(failed).hasSize(1);
        assertThat(failed.get(0).failure()).isEqualTo(FeedFailure.NOT_SUBMITTED);
        assertThat(bed.calls("createFeedDocument")).isEmpty();
    }

    @Test
    void aDryRunIsNotUploaded() {
        byte[] payload = bed.payload(bed.listings(UK.value()).subList(0, 1));
        String digest = bed.store.put("payload", payload);
        bed.submitter()
                .on(new FeedBuiltEvent(
                        FeedId.random(),
                        ACCOUNT,
                        UK,
                        FeedKind.DRY_RUN,
                        List.of(),
                        new FeedPayloadRef(digest, payload.length),
                        bed.clock.instant()));
        assertThat(bed.sent).isEmpty();
        assertThat(bed.calls("createFeedDocument")).isEmpty();
    }

    /** A feed on Amazon that no feed of ours holds (its attempt row is removed again). */
    private String anotherToolsFeed(FeedSubmitter submitter, byte[] payload) {
        FeedId foreign = FeedId.random();
        submitter.on(uploadedFresh(submitter, foreign, payload));
        String amazonFeedId = bed.sent(RecordFeedSubmittedCommand.class).stream()
                .filter(c -> c.feedId().equals(foreign))
                .findFirst()
                .orElseThrow()
                .amazonFeedId();
        bed.jdbc.update("delete from feed_submission_attempt where feed_id = ?", foreign.value());
        return amazonFeedId;
    }

    private static SpApiProperties properties() {
        return new SpApiProperties(
                null,
                bed.base.resolve("/auth/o2/token"),
                Duration.ofSeconds(2),
                Duration.ofSeconds(5),
                2,
                Duration.ofMillis(10),
                Duration.ofMillis(50),
                List.of("127.0.0.1"),
                "sellersync-test/1.0 (Language=Java)");
    }

    private FeedDocumentUploadedEvent uploadedFresh(FeedSubmitter submitter, FeedId feedId, byte[] payload) {
        submitter.on(built(feedId, payload));
        String documentId = bed.sent(RecordFeedDocumentUploadedCommand.class).stream()
                .filter(c -> c.feedId().equals(feedId))
                .findFirst()
                .orElseThrow()
                .feedDocumentId();
        return uploaded(feedId, documentId, payload);
    }

    private FeedBuiltEvent built(FeedId feedId, byte[] payload) {
        String digest = bed.store.put("payload", payload);
        return new FeedBuiltEvent(
                feedId,
                ACCOUNT,
                UK,
                FeedKind.SUBMISSION,
                List.of(),
                new FeedPayloadRef(digest, payload.length),
                bed.clock.instant());
    }

    private FeedDocumentUploadedEvent uploaded(FeedId feedId, String documentId, byte[] payload) {
        return new FeedDocumentUploadedEvent(
                feedId,
                ACCOUNT,
                UK,
                documentId,
                new FeedPayloadRef(FeedDocumentStore.digest(payload), payload.length),
                bed.clock.instant());
    }
}
