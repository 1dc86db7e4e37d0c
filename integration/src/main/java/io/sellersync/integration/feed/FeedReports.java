// SPDX-License-Identifier: Apache-2.0
package io.sellersync.integration.feed;

import io.sellersync.integration.spapi.SpApiAccount;
import io.sellersync.integration.spapi.SpApiClients;
import io.sellersync.integration.spapi.SpApiException;
import io.sellersync.integration.spapi.api.FeedsApi;
import io.sellersync.integration.spapi.documents.DocumentTransfer;
import io.sellersync.integration.spapi.generated.feeds.FeedDocument;
import io.sellersync.messages.feed.AmazonFeedStatus;
import io.sellersync.messages.feed.FeedFailure;
import io.sellersync.messages.feed.FeedProcessingFinishedEvent;
import io.sellersync.messages.feed.RecordFeedFailedCommand;
import io.sellersync.messages.feed.RecordFeedReportCommand;
import io.sellersync.messages.feed.RecordFeedReportFailedCommand;
import io.sellersync.messages.feed.ReportIssue;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the result of a finished feed: fetches the processing report (gunzipped when Amazon compressed it), keeps
 * its exact bytes by digest, and records the parsed issues ({@code DONE}) or the failure with Amazon's reason
 * ({@code FATAL}, {@code CANCELLED}). A report that cannot be fetched or read is recorded with
 * {@link RecordFeedReportFailedCommand} (the reason in words, no URL): the aggregate counts it and the next poll
 * fetches the report again; after five failures it goes on without it.
 */
@ProcessingGroup(FeedCallsConfig.SUBMISSION_GROUP)
class FeedReports {

    /** How many issues a failure reason quotes. */
    static final int REASON_ISSUES = 3;

    private static final Pattern URL = Pattern.compile("(?i)\\b(?:https?|s3)://\\S+");

    private static final Logger log = LoggerFactory.getLogger(FeedReports.class);

    private final FeedAccounts accounts;
    private final SpApiClients clients;
    private final DocumentTransfer transfer;
    private final FeedDocumentStore documents;
    private final CommandGateway commands;
    private final Clock clock;

    FeedReports(
            FeedAccounts accounts,
            SpApiClients clients,
            DocumentTransfer transfer,
            FeedDocumentStore documents,
            CommandGateway commands,
            Clock clock) {
        this.accounts = accounts;
        this.clients = clients;
        this.transfer = transfer;
        this.documents = documents;
        this.commands = commands;
        this.clock = clock;
    }

    @EventHandler
    void on(FeedProcessingFinishedEvent event) {
        String documentId = event.resultDocumentId();
        if (documentId == null || documentId.isBlank()) {
            if (event.status() == AmazonFeedStatus.DONE) {
                log.warn("Feed {}: Amazon says DONE but gives no result document yet", event.feedId());
                reportFailed(event, "Amazon says the feed is done but gives no processing report yet");
                return;
            }
            failed(event, noReason(event.status()), null);
            return;
        }
        String digest;
        ProcessingReportParser.ProcessingReport report;
        try {
            SpApiAccount account = accounts.account(event.accountId());
            FeedDocument document = clients.client(FeedsApi.class, account).getFeedDocument(documentId);
            String compression = document.getCompressionAlgorithm() == null
                    ? null
                    : document.getCompressionAlgorithm().getValue();
            byte[] bytes = transfer.forAccount(account).downloadBytes(URI.create(document.getUrl()), compression);
            digest = documents.put(FeedDocumentStore.REPORT, bytes);
            report = ProcessingReportParser.parse(bytes);
        } catch (RuntimeException e) {
            if (e instanceof SpApiException spApi) {
                accounts.refused(event.accountId(), spApi);
            }
            String words = withoutUrls(Words.of(e));
            log.warn(
                    "Feed {}: result document {} could not be read (try {}): {}",
                    event.feedId(),
                    documentId,
                    event.attempt(),
                    words);
            reportFailed(event, "The processing report could not be read: " + words);
            return;
        }
        if (event.status() == AmazonFeedStatus.DONE) {
            commands.sendAndWait(new RecordFeedReportCommand(
                    event.feedId(), digest, report.summary(), report.issues(), clock.instant()));
            return;
        }
        failed(event, reason(event.status(), report), digest);
    }

    private void reportFailed(FeedProcessingFinishedEvent event, String reason) {
        commands.sendAndWait(new RecordFeedReportFailedCommand(event.feedId(), reason));
    }

    /** A reason never quotes an address (a presigned document URL is a credential while it lasts). */
    static String withoutUrls(String words) {
        return URL.matcher(words).replaceAll("(address left out)");
    }

    private void failed(FeedProcessingFinishedEvent event, String reason, String digest) {
        FeedFailure failure = event.status() == AmazonFeedStatus.CANCELLED ? FeedFailure.CANCELLED : FeedFailure.FATAL;
        commands.sendAndWait(new RecordFeedFailedCommand(event.feedId(), failure, reason, digest, clock.instant()));
    }

    /** Amazon's reason in words: the feed-level issues, else the first issues of the report. */
    static String reason(AmazonFeedStatus status, ProcessingReportParser.ProcessingReport report) {
        List<ReportIssue> quoted = report.feedLevel().isEmpty() ? report.issues() : report.feedLevel();
        if (quoted.isEmpty()) {
            return noReason(status);
        }
        String words =
                quoted.stream().limit(REASON_ISSUES).map(FeedReports::describe).collect(Collectors.joining("; "));
        int more = quoted.size() - REASON_ISSUES;
        return prefix(status) + ": " + words + (more > 0 ? " (and " + more + " more)" : "");
    }

    private static String describe(ReportIssue issue) {
        StringBuilder text = new StringBuilder();
        if (issue.sku() != null) {
            text.append(issue.sku()).append(": ");
        } else if (issue.messageId() != null) {
            text.append("message ").append(issue.messageId()).append(": ");
        }
        text.append(
                issue.issue().message() == null ? "(no message)" : issue.issue().message());
        if (issue.issue().code() != null) {
            text.append(" [").append(issue.issue().code()).append(']');
        }
        return text.toString();
    }

    private static String prefix(AmazonFeedStatus status) {
        return status == AmazonFeedStatus.CANCELLED ? "Amazon cancelled the feed" : "Amazon stopped the feed (FATAL)";
    }

    private static String noReason(AmazonFeedStatus status) {
        return prefix(status) + "; Amazon gave no reason";
    }
}
