// SPDX-License-Identifier: Apache-2.0
package io.sellersync.integration.feed;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sellersync.integration.spapi.SpApiAccount;
import io.sellersync.integration.spapi.documents.DocumentTransfer;
import io.sellersync.messages.accounts.AccountId;
import io.sellersync.messages.feed.AmazonFeedStatus;
import io.sellersync.messages.feed.CheckFeedStatusCommand;
import io.sellersync.messages.feed.FeedBuiltEvent;
import io.sellersync.messages.feed.FeedDocumentUploadedEvent;
import io.sellersync.messages.feed.FeedFailure;
import io.sellersync.messages.feed.FeedId;
import io.sellersync.messages.feed.FeedKind;
import io.sellersync.messages.feed.FeedPayloadRef;
import io.sellersync.messages.feed.FeedProcessingFinishedEvent;
import io.sellersync.messages.feed.RecordFeedDocumentUploadedCommand;
import io.sellersync.messages.feed.RecordFeedFailedCommand;
import io.sellersync.messages.feed.RecordFeedReportCommand;
import io.sellersync.messages.feed.RecordFeedReportFailedCommand;
import io.sellersync.messages.feed.RecordFeedStatusCommand;
import io.sellersync.messages.feed.RecordFeedSubmittedCommand;
import io.sellersync.messages.shared.MarketplaceId;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Polling and reading the result of real emulator feeds: the status as Amazon gives it, a gzipped report stored by
 * digest and parsed, a FATAL feed's reason from its report, and reads that fail only log (the aggregate asks again).
 */
class ReportTest {

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
    void aGzippedReportIsStoredByDigestAndParsed() throws Exception {
        bed.control("PUT", "/config", "{\"gzipFeedResults\":true}");
        FeedId feedId = FeedId.random();
        String amazonFeedId =
                submit(feedId, withUnknownSku(bed.listings(UK.value()).subList(0, 2)));
        bed.statusChecker().handle(new CheckFeedStatusCommand(feedId, ACCOUNT, amazonFeedId));
        assertThat(bed.sent(RecordFeedStatusCommand.class).get(0).status()).isEqualTo(AmazonFeedStatus.IN_QUEUE);

        bed.advance(600);
        bed.statusChecker().handle(new CheckFeedStatusCommand(feedId, ACCOUNT, amazonFeedId));
        RecordFeedStatusCommand done = bed.sent(RecordFeedStatusCommand.class).get(1);
        assertThat(done.status()).isEqualTo(AmazonFeedStatus.DONE);
        assertThat(done.resultDocumentId()).isNotBlank();

        bed.reports().on(finished(feedId, AmazonFeedStatus.DONE, done.resultDocumentId()));

        var reports = bed.sent(RecordFeedReportCommand.class);
        assertThat(reports).hasSize(1);
        RecordFeedReportCommand report = reports.get(0);
        JsonNode truth = bed.feeds().get(0).get("report");
        assertThat(report.summary().messagesProcessed())
                .isEqualTo(truth.at("/summary/messagesProcessed").asInt())
                .isEqualTo(3);
        assertThat(report.summary().messagesAccepted())
                .isEqualTo(truth.at("/summary/messagesAccepted").asInt());
        assertThat(report.summary().errors())
                .isEqualTo(truth.at("/summary/errors").asInt());
        assertThat(report.issues()).hasSize(truth.get("issues").size());
        for (int i = 0; i < report.issues().size(); i++) {
            JsonNode issue = truth.get("issues").get(i);
            assertThat(report.issues().get(i).sku()).isEqualTo(issue.path("sku").asText(null));
            assertThat(report.issues().get(i).issue().severity())
                    .isEqualTo(issue.get("severity").asText());
            assertThat(report.issues().get(i).issue().message())
                    .isEqualTo(issue.get("message").asText());
        }
        Map<String, Object> stored = bed.jdbc.queryForMap(
                "select kind, content, bytes from feed_document where digest = ?", report.reportDigest());
        assertThat(stored.get("kind")).isEqualTo(FeedDocumentStore.REPORT);
        byte[] content = (byte[]) stored.get("content");
        assertThat(new ObjectMapper().readTree(content).at("/header/feedId").asText())
                .isEqualTo(amazonFeedId);
        assertThat(FeedDocumentStore.digest(content)).isEqualTo(report.reportDigest());
    }

    @Test
    void aFatalFeedFailsWithTheReasonFromItsReport() {
        bed.control("PUT", "/faults", "{\"nextFeedsFatal\":1}");
        FeedId feedId = FeedId.random();
        String amazonFeedId = submit(feedId, bed.listings(UK.value()).subList(0, 1));
        bed.advance(600);
        bed.statusChecker().handle(new CheckFeedStatusCommand(feedId, ACCOUNT, amazonFeedId));
        RecordFeedStatusCommand fatal = bed.sent(RecordFeedStatusCommand.class).get(0);
        assertThat(fatal.status()).isEqualTo(AmazonFeedStatus.FATAL);

        bed.reports().on(finished(feedId, AmazonFeedStatus.FATAL, fatal.resultDocumentId()));

        var failed = bed.sent(RecordFeedFailedCommand.class);
        assertThat(failed).hasSize(1);
        assertThat(failed.get(0).failure()).isEqualTo(FeedFailure.FATAL);
        assertThat(failed.get(0).reason())
                .startsWith("Amazon stopped the feed (FATAL): ")
                .contains(bed.feeds().get(0).at("/report/issues/0/message").asText());
        assertThat(failed.get(0).reportDigest()).isNotNull();
        assertThat(bed.sent(RecordFeedReportCommand.class)).isEmpty();
    }

    @Test
    void aFailedFeedWithoutAResultDocumentSaysAmazonGaveNoReason() {
        FeedId feedId = FeedId.random();
        bed.reports().on(finished(feedId, AmazonFeedStatus.CANCELLED, null));

        var failed = bed.sent(RecordFeedFailedCommand.class);
        assertThat(failed).hasSize(1);
        assertThat(failed.get(0).failure()).isEqualTo(FeedFailure.CANCELLED);
        assertThat(failed.get(0).reason()).contains("Amazon gave no reason");
    }

    @Test
    void aReportThatCannotBeFetchedIsRecordedAsFailedSoTheAggregateCountsItAndAsksAgain() {
        FeedId feedId = FeedId.random();
        bed.reports().on(finished(feedId, AmazonFeedStatus.DONE, "amzn1.tortuga.4.eu.missing"));

        var failed = bed.sent(RecordFeedReportFailedCommand.class);
        assertThat(failed).hasSize(1);
        assertThat(failed.get(0).feedId()).isEqualTo(feedId);
        assertThat(failed.get(0).reason()).startsWith("The processing report could not be read: Amazon");
        assertThat(bed.sent).hasSize(1);
        assertThat(bed.calls("getFeedDocument")).hasSize(1);
    }

    @Test
    void aReportWhoseDownloadFailsIsRecordedAsFailedWithoutItsAddress() {
        FeedId feedId = FeedId.random();
        String amazonFeedId = submit(feedId, bed.listings(UK.value()).subList(0, 1));
        bed.advance(600);
        bed.statusChecker().handle(new CheckFeedStatusCommand(feedId, ACCOUNT, amazonFeedId));
        String documentId = bed.sent(RecordFeedStatusCommand.class).get(0).resultDocumentId();
        bed.sent.clear();
        // A transfer that may contact no host at all: the download is refused, naming the document's address.
        DocumentTransfer nowhere = new DocumentTransfer(HttpClient.newHttpClient(), List.of(), Duration.ofSeconds(5)) {
            @Override
            public DocumentTransfer forAccount(SpApiAccount account) {
                return new DocumentTransfer(
                        HttpClient.newHttpClient(), List.of("elsewhere.invalid"), Duration.ofSeconds(5));
            }
        };

        new FeedReports(bed.accounts(), bed.clients, nowhere, bed.store, bed.commands, bed.clock)
                .on(finished(feedId, AmazonFeedStatus.DONE, documentId));

        var failed = bed.sent(RecordFeedReportFailedCommand.class);
        assertThat(failed).hasSize(1);
        assertThat(failed.get(0).reason())
                .startsWith("The processing report could not be read: The document transfer failed")
                .doesNotContain("http://", "127.0.0.1");
        assertThat(bed.sent(RecordFeedReportCommand.class)).isEmpty();
        assertThat(bed.sent(RecordFeedFailedCommand.class)).isEmpty();
    }

    @Test
    void aDoneFeedWithoutAResultDocumentIsRecordedAsAReportFailure() {
        FeedId feedId = FeedId.random();
        bed.reports().on(finished(feedId, AmazonFeedStatus.DONE, null));

        var failed = bed.sent(RecordFeedReportFailedCommand.class);
        assertThat(failed).hasSize(1);
        assertThat(failed.get(0).reason()).contains("no processing report");
        assertThat(bed.sent).hasSize(1);
    }

    @Test
    void aReasonNeverQuotesAnAddress() {
        assertThat(FeedReports.withoutUrls(
                        "download refused at https://bucket.s3.amazonaws.com/doc?X-Amz-Signature=abc and s3://b/k"))
                .isEqualTo("download refused at (address left out) and (address left out)");
    }

    @Test
    void aFailedStatusReadOnlyLogs() {
        bed.statusChecker().handle(new CheckFeedStatusCommand(FeedId.random(), ACCOUNT, "999999999"));
        assertThat(bed.sent).isEmpty();
    }

    @Test
    void theParserIsTolerantOfShapesAmazonMayAdd() {
        String json = "{\"header\":{\"sellerId\":\"S\",\"version\":\"2.0\",\"feedId\":\"1\"},"
                + "\"items\":[{\"sku\":\"A\",\"issues\":[{\"code\":\"x\"}]}],"
                + "\"issues\":[{\"messageId\":\"2\",\"sku\":\"A\",\"code\":90220,\"severity\":\"error\","
                + "\"message\":\"'item_name' is required\",\"attributeName\":\"item_name\",\"extra\":{\"a\":[1]}},"
                + "{\"severity\":\"ERROR\",\"message\":\"The feed is broken\",\"categories\":[\"X\"]},"
                + "{\"messageId\":3,\"severity\":\"WARNING\",\"message\":\"w\",\"sku\":null}],"
                + "\"summary\":{\"errors\":2,\"warnings\":1,\"messagesProcessed\":3,\"messagesAccepted\":1,"
                + "\"messagesInvalid\":\"2\",\"itemSummary\":{\"items\":1}}}";

        var report = ProcessingReportParser.parse(json.getBytes());

        assertThat(report.issues()).hasSize(3);
        assertThat(report.issues().get(0).messageId()).isEqualTo(2);
        assertThat(report.issues().get(0).issue().code()).isEqualTo("90220");
        assertThat(report.issues().get(0).issue().severity()).isEqualTo("ERROR");
        assertThat(report.issues().get(0).issue().attributeName()).isEqualTo("item_name");
        assertThat(report.issues().get(2).sku()).isNull();
        assertThat(report.feedLevel()).hasSize(1);
        assertThat(report.summary().messagesInvalid()).isEqualTo(2);
        assertThat(report.summary().messagesProcessed()).isEqualTo(3);
        assertThat(FeedReports.reason(AmazonFeedStatus.FATAL, report))
                .isEqualTo("Amazon stopped the feed (FATAL): The feed is broken");
    }

    @Test
    void aReportWithoutSummaryIsCountedFromItsIssues() {
        var report = ProcessingReportParser.parse(
                "{\"issues\":[{\"messageId\":1,\"severity\":\"ERROR\",\"message\":\"e\"}]}".getBytes());
        assertThat(report.summaryGiven()).isFalse();
        assertThat(report.summary().errors()).isEqualTo(1);
    }

    @Test
    void theParserReadsA25000IssueReport() {
        byte[] big = ReportParseBenchmark.report(25_000);
        long started = System.nanoTime();
        var report = ProcessingReportParser.parse(big);
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertThat(report.issues()).hasSize(25_000);
        assertThat(report.issues().get(24_999).messageId()).isEqualTo(25_000);
        assertThat(report.summary().messagesProcessed()).isEqualTo(25_000);
        assertThat(millis).isLessThan(5_000);
    }

    private List<JsonNode> withUnknownSku(List<JsonNode> listings) {
        List<JsonNode> all = new ArrayList<>(listings);
        ObjectNode unknown = listings.get(0).deepCopy();
        unknown.put("sku", "NO-SUCH-SKU-1");
        all.add(unknown);
        return all;
    }

    private String submit(FeedId feedId, List<JsonNode> listings) {
        byte[] payload = bed.payload(listings);
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

    private FeedProcessingFinishedEvent finished(FeedId feedId, AmazonFeedStatus status, String documentId) {
        return new FeedProcessingFinishedEvent(feedId, ACCOUNT, status, documentId, 1, bed.clock.instant());
    }
}
