// SPDX-License-Identifier: Apache-2.0
package io.sellersync.integration.feed;

import io.sellersync.integration.spapi.SpApiAccount;
import io.sellersync.integration.spapi.SpApiClients;
import io.sellersync.integration.spapi.SpApiException;
import io.sellersync.integration.spapi.SpApiRateLimiter;
import io.sellersync.integration.spapi.api.FeedsApi;
import io.sellersync.integration.spapi.documents.DocumentTransfer;
import io.sellersync.integration.spapi.documents.DocumentTransfer.DocumentException;
import io.sellersync.integration.spapi.generated.feeds.CreateFeedDocumentResponse;
import io.sellersync.integration.spapi.generated.feeds.CreateFeedDocumentSpecification;
import io.sellersync.integration.spapi.generated.feeds.CreateFeedResponse;
import io.sellersync.integration.spapi.generated.feeds.CreateFeedSpecification;
import io.sellersync.integration.spapi.generated.feeds.Feed;
import io.sellersync.integration.spapi.generated.feeds.GetFeedsResponse;
import io.sellersync.messages.feed.FeedBuiltEvent;
import io.sellersync.messages.feed.FeedDocumentUploadedEvent;
import io.sellersync.messages.feed.FeedFailure;
import io.sellersync.messages.feed.FeedId;
import io.sellersync.messages.feed.FeedKind;
import io.sellersync.messages.feed.RecordFeedDocumentUploadedCommand;
import io.sellersync.messages.feed.RecordFeedFailedCommand;
import io.sellersync.messages.feed.RecordFeedSubmittedCommand;
import io.sellersync.messages.shared.MarketplaceId;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts a built submission on Amazon: uploads the stored payload as a feed document, then creates the feed, and
 * reports each step by command. {@code createFeed} is sent at most once per feed: after the region's
 * {@code JSON_LISTINGS_FEED} budget allows it, an attempt row is committed before the call; a redelivered event, or an
 * answer lost to a timeout, 5xx, dropped connection or cut-off body, is resolved with {@code getFeeds}: the OLDEST
 * listings feed of the marketplace created at or after the attempt − 2 minutes that no other feed of ours holds (ours
 * is created right after the attempt; a later one may be another tool's).
 *
 * <p>{@code getFeeds} is eventually consistent, so an empty answer is asked again {@value #LOOKUPS} times in all,
 * {@link #LOOKUP_PAUSE} apart, before the feed is recorded as {@code NOT_SUBMITTED}. A lookup that fails (throttled,
 * 5xx, no answer) throws: the processor retries the event ({@link FeedCallsConfig}), and the attempt row makes the
 * retry a lookup again, never a second {@code createFeed}. Every other path ends in a command.
 */
@ProcessingGroup(FeedCallsConfig.SUBMISSION_GROUP)
class FeedSubmitter {

    static final String CONTENT_TYPE = "application/json; charset=UTF-8";
    static final String FEED_TYPE = "JSON_LISTINGS_FEED";

    /** How often an upload is retried with a new document after its presigned URL expired. */
    static final int UPLOAD_ATTEMPTS = 3;

    /** How far before the attempt the lookup searches (clock skew between us and Amazon). */
    static final Duration LOOKUP_MARGIN = Duration.ofMinutes(2);

    /** How many times {@code getFeeds} is asked before an ambiguous submission is given up as not made. */
    static final int LOOKUPS = 3;

    /** The pause between two lookups that found nothing ({@code getFeeds} is eventually consistent). */
    static final Duration LOOKUP_PAUSE = Duration.ofMinutes(1);

    /** Waits between lookups; tests pass one that does not sleep. */
    @FunctionalInterface
    interface Pause {
        void pause(Duration duration) throws InterruptedException;
    }

    private static final Logger log = LoggerFactory.getLogger(FeedSubmitter.class);

    private final FeedAccounts accounts;
    private final SpApiClients clients;
    private final DocumentTransfer transfer;
    private final SpApiRateLimiter limiter;
    private final FeedDocumentStore documents;
    private final SubmissionAttempts attempts;
    private final CommandGateway commands;
    private final Clock clock;
    private final Pause pause;

    FeedSubmitter(
            FeedAccounts accounts,
            SpApiClients clients,
            DocumentTransfer transfer,
            SpApiRateLimiter limiter,
            FeedDocumentStore documents,
            SubmissionAttempts attempts,
            CommandGateway commands,
            Clock clock) {
        this(
                accounts,
                clients,
                transfer,
                limiter,
                documents,
                attempts,
                commands,
                clock,
                d -> Thread.sleep(d.toMillis()));
    }

    FeedSubmitter(
            FeedAccounts accounts,
            SpApiClients clients,
            DocumentTransfer transfer,
            SpApiRateLimiter limiter,
            FeedDocumentStore documents,
            SubmissionAttempts attempts,
            CommandGateway commands,
            Clock clock,
            Pause pause) {
        this.pause = pause;
        this.accounts = accounts;
        this.clients = clients;
        this.transfer = transfer;
        this.limiter = limiter;
        this.documents = documents;
        this.attempts = attempts;
        this.commands = commands;
        this.clock = clock;
    }

    @EventHandler
    void on(FeedBuiltEvent event) {
        if (event.kind() != FeedKind.SUBMISSION) {
            return;
        }
        String documentId;
        try {
            byte[] payload = documents
                    .get(event.payload().digest())
                    .orElseThrow(() -> new IllegalStateException(
                            "the feed's document " + event.payload().digest() + " is not in the store"));
            SpApiAccount account = accounts.account(event.accountId());
            documentId = upload(account, payload);
        } catch (RuntimeException e) {
            refused(event.accountId(), e);
            log.warn("Feed {}: upload failed: {}", event.feedId(), Words.of(e));
            fail(event.feedId(), "The feed could not be uploaded to Amazon: " + Words.of(e));
            return;
        }
        commands.sendAndWait(new RecordFeedDocumentUploadedCommand(event.feedId(), documentId, clock.instant()));
    }

    @EventHandler
    void on(FeedDocumentUploadedEvent event) {
        FeedId feedId = event.feedId();
        SpApiAccount account;
        try {
            account = accounts.account(event.accountId());
        } catch (RuntimeException e) {
            var earlier = attempts.find(feedId);
            if (earlier.isPresent() && earlier.get().amazonFeedId() != null) {
                submitted(feedId, earlier.get().amazonFeedId(), earlier.get().recovered());
                return;
            }
            // No attempt row means no createFeed was sent; with one, the lookup needs the account too: leave it
            // unresolved is not allowed, so report it (the feed never shows up on our side as submitted).
            log.warn("Feed {}: no SP-API account: {}", feedId, Words.of(e));
            fail(feedId, "The feed was not submitted: " + Words.of(e));
            return;
        }
        Optional<SubmissionAttempts.Attempt> before = attempts.find(feedId);
        if (before.isPresent()) {
            redelivered(account, event, before.get());
            return;
        }
        // The budget is waited for before the attempt row is written: a crash while waiting leaves no row, so the
        // redelivery simply tries again instead of looking for a feed that was never created.
        try {
            limiter.acquireListingsFeed(account.rateLimitPartition());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fail(feedId, "The feed was not submitted: interrupted while waiting for Amazon's feed budget");
            return;
        }
        Instant now = clock.instant();
        if (!attempts.begin(feedId, event.accountId(), event.marketplaceId(), event.feedDocumentId(), now)) {
            redelivered(account, event, attempts.find(feedId).orElseThrow());
            return;
        }
        FeedsApi api = clients.client(FeedsApi.class, account);
        String amazonFeedId;
        try {
            CreateFeedResponse created = api.createFeed(new CreateFeedSpecification()
                    .feedType(FEED_TYPE)
                    .marketplaceIds(List.of(event.marketplaceId().value()))
                    .inputFeedDocumentId(event.feedDocumentId()));
            amazonFeedId = created == null ? null : created.getFeedId();
            if (amazonFeedId == null || amazonFeedId.isBlank()) {
                throw new IllegalStateException("createFeed answered without a feedId");
            }
        } catch (SpApiException e) {
            if (ambiguous(e)) {
                log.warn("Feed {}: createFeed answer lost ({}); looking the feed up", feedId, Words.of(e));
                recover(account, event, now, Words.of(e));
                return;
            }
            refused(event, e);
            attempts.outcome(feedId, "NOT_SUBMITTED");
            fail(feedId, "Amazon refused the feed: " + refusal(e));
            return;
        } catch (RuntimeException e) {
            log.warn("Feed {}: createFeed failed unexpectedly ({}); looking the feed up", feedId, Words.of(e));
            recover(account, event, now, Words.of(e));
            return;
        }
        if (!attempts.claim(feedId, amazonFeedId, false)) {
            log.error("Feed {}: Amazon feed {} is already recorded for another feed", feedId, amazonFeedId);
        }
        submitted(feedId, amazonFeedId, false);
    }

    /** An attempt row exists: a createFeed may have gone out. Repeat its known answer, or look the feed up. */
    private void redelivered(
            SpApiAccount account, FeedDocumentUploadedEvent event, SubmissionAttempts.Attempt earlier) {
        if (earlier.amazonFeedId() != null) {
            log.info("Feed {}: redelivered; Amazon feed {} already known", event.feedId(), earlier.amazonFeedId());
            submitted(event.feedId(), earlier.amazonFeedId(), earlier.recovered());
            return;
        }
        log.info(
                "Feed {}: redelivered after an attempt at {}; looking the feed up",
                event.feedId(),
                earlier.attemptedAt());
        recover(account, event, earlier.attemptedAt(), "the earlier attempt's answer was lost");
    }

    /**
     * After an ambiguous failure or a redelivery: adopt the feed Amazon made, or report that none was made after
     * {@value #LOOKUPS} lookups. A failing lookup throws (the event is retried; see the class comment).
     */
    private void recover(SpApiAccount account, FeedDocumentUploadedEvent event, Instant attemptedAt, String why) {
        FeedId feedId = event.feedId();
        for (int lookup = 1; ; lookup++) {
            List<Feed> candidates;
            try {
                candidates = lookup(account, event.marketplaceId(), attemptedAt.minus(LOOKUP_MARGIN));
            } catch (RuntimeException e) {
                refused(event, e);
                if (e instanceof SpApiException refusal && !refusal.transientFailure()) {
                    // refused for good (credentials, input): retrying would hold the processor forever
                    attempts.outcome(feedId, "NOT_SUBMITTED");
                    fail(
                            feedId,
                            "Amazon's answer to the submission was lost (" + why + ") and Amazon refused to list the"
                                    + " feeds (" + Words.of(e) + "); the feed may exist: check Seller Central before"
                                    + " sending these entries again");
                    return;
                }
                log.warn(
                        "Feed {}: getFeeds failed ({}); the event will be handled again and look again",
                        feedId,
                        Words.of(e));
                throw e;
            }
            Set<String> taken = attempts.claimedByOthers(event.accountId(), feedId);
            for (Feed candidate : candidates) {
                if (taken.contains(candidate.getFeedId())) {
                    continue;
                }
                if (attempts.claim(feedId, candidate.getFeedId(), true)) {
                    log.info("Feed {}: adopted Amazon feed {} after a lost answer", feedId, candidate.getFeedId());
                    submitted(feedId, candidate.getFeedId(), true);
                    return;
                }
            }
            if (lookup >= LOOKUPS) {
                break;
            }
            log.info("Feed {}: Amazon lists no such feed yet (lookup {} of {}); asking again", feedId, lookup, LOOKUPS);
            try {
                pause.pause(LOOKUP_PAUSE);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted between feed lookups", e);
            }
        }
        attempts.outcome(feedId, "NOT_SUBMITTED");
        fail(
                feedId,
                "Amazon's answer to the submission was lost (" + why + ") and Amazon lists no such feed after "
                        + LOOKUPS + " lookups");
    }

    /** Listings feeds of the marketplace created at or after {@code since}, oldest first, every page. */
    private List<Feed> lookup(SpApiAccount account, MarketplaceId marketplace, Instant since) {
        FeedsApi api = clients.client(FeedsApi.class, account);
        List<Feed> feeds = new ArrayList<>();
        GetFeedsResponse page = api.getFeeds(
                List.of(FEED_TYPE),
                List.of(marketplace.value()),
                100,
                null,
                DateTimeFormatter.ISO_INSTANT.format(since.truncatedTo(ChronoUnit.SECONDS)),
                null);
        for (int pages = 0; page != null && pages < 20; pages++) {
            if (page.getFeeds() != null) {
                feeds.addAll(page.getFeeds());
            }
            String next = page.getNextToken();
            page = next == null || next.isBlank() ? null : api.getFeedsPage(next);
        }
        Instant floor = since;
        return feeds.stream()
                .filter(f -> f.getFeedId() != null && FEED_TYPE.equals(f.getFeedType()))
                .filter(f -> f.getCreatedTime() == null
                        || !f.getCreatedTime().toInstant().isBefore(floor))
                .sorted(Comparator.comparing(
                        (Feed f) -> Optional.ofNullable(f.getCreatedTime())
                                .map(OffsetDateTime::toInstant)
                                .orElse(null),
                        Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    /** createFeedDocument + upload; a new document when the presigned URL expired before the upload (bounded). */
    private String upload(SpApiAccount account, byte[] payload) {
        FeedsApi api = clients.client(FeedsApi.class, account);
        DocumentTransfer forAccount = transfer.forAccount(account);
        for (int attempt = 1; ; attempt++) {
            CreateFeedDocumentResponse document =
                    api.createFeedDocument(new CreateFeedDocumentSpecification().contentType(CONTENT_TYPE));
            try {
                forAccount.upload(URI.create(document.getUrl()), payload, CONTENT_TYPE);
                return document.getFeedDocumentId();
            } catch (DocumentException e) {
                if (!e.urlExpired() || attempt >= UPLOAD_ATTEMPTS) {
                    throw e;
                }
                log.info("Upload URL of document {} expired; creating a new document", document.getFeedDocumentId());
            }
        }
    }

    /** Ambiguous: Amazon may have created the feed (timeout, 5xx, dropped connection, cut-off body). */
    static boolean ambiguous(SpApiException e) {
        return e instanceof SpApiException.ServerError
                || e instanceof SpApiException.ConnectionFailed
                || e instanceof SpApiException.MalformedResponse;
    }

    private static String refusal(SpApiException e) {
        if (!e.errors().isEmpty() && e.errors().get(0).message() != null) {
            return e.errors().get(0).message();
        }
        return Words.of(e);
    }

    private void refused(FeedDocumentUploadedEvent event, RuntimeException e) {
        refused(event.accountId(), e);
    }

    private void refused(io.sellersync.messages.accounts.AccountId accountId, RuntimeException e) {
        if (e instanceof SpApiException spApi) {
            try {
                accounts.refused(accountId, spApi);
            } catch (RuntimeException ignored) {
                log.warn("Could not mark account {} as needing re-authorization", accountId);
            }
        }
    }

    private void submitted(FeedId feedId, String amazonFeedId, boolean recovered) {
        commands.sendAndWait(new RecordFeedSubmittedCommand(feedId, amazonFeedId, recovered, clock.instant()));
    }

    private void fail(FeedId feedId, String reason) {
        commands.sendAndWait(
                new RecordFeedFailedCommand(feedId, FeedFailure.NOT_SUBMITTED, reason, null, clock.instant()));
    }
}
