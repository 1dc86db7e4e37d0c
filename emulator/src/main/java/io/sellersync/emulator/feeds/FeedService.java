// SPDX-License-Identifier: Apache-2.0
package io.sellersync.emulator.feeds;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sellersync.emulator.clock.EmulatorClock;
import io.sellersync.emulator.clock.Timeline;
import io.sellersync.emulator.faults.Faults;
import io.sellersync.emulator.listings.Propagation;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.GZIPOutputStream;
import org.springframework.stereotype.Component;

/**
 * The feed lifecycle on the emulated clock: a feed waits {@code queueDelay}, listings feeds of one seller are processed
 * one at a time for {@code processingTime}, then end {@code DONE} (or {@code FATAL}) with a result document, and the
 * accepted messages' changes are handed to {@link Propagation}.
 */
@Component
public class FeedService {

    public static final String JSON_LISTINGS_FEED = "JSON_LISTINGS_FEED";

    private final EmulatorClock clock;
    private final Timeline timeline;
    private final DocumentStore documents;
    private final ListingsFeedProcessor processor;
    private final Propagation propagation;
    private final Faults faults;
    private final ObjectMapper json;
    private final Map<String, Feed> feeds = new LinkedHashMap<>();
    private final Set<String> stuck = new HashSet<>();
    private long nextFeedNumber = 50_001_000_000L;
    private FeedTimings timings = FeedTimings.DEFAULT;

    public FeedService(
            EmulatorClock clock,
            Timeline timeline,
            DocumentStore documents,
            ListingsFeedProcessor processor,
            Propagation propagation,
            Faults faults,
            ObjectMapper json) {
        this.clock = clock;
        this.timeline = timeline;
        this.documents = documents;
        this.processor = processor;
        this.propagation = propagation;
        this.faults = faults;
        this.json = json;
    }

    public synchronized FeedTimings timings() {
        return timings;
    }

    public synchronized void setTimings(FeedTimings newTimings) {
        timings = newTimings;
    }

    public synchronized Feed create(
            String sellerId,
            String clientId,
            String feedType,
            List<String> marketplaceIds,
            String inputFeedDocumentId,
            Map<String, String> feedOptions) {
        Instant now = clock.now();
        Feed feed = new Feed(
                String.valueOf(nextFeedNumber++),
                sellerId,
                clientId,
                feedType,
                marketplaceIds,
                inputFeedDocumentId,
                feedOptions,
                now,
                "IN_QUEUE",
                null,
                null,
                null);
        feeds.put(feed.feedId(), feed);
        if (faults.feedsStuckInQueue()) {
            stuck.add(feed.feedId());
        } else {
            timeline.schedule(now.plus(timings.queueDelay()), "start feeds of " + sellerId, at -> pump(sellerId, at));
        }
        return feed;
    }

    public synchronized Optional<Feed> get(String sellerId, String feedId) {
        return Optional.ofNullable(feeds.get(feedId)).filter(f -> f.sellerId().equals(sellerId));
    }

    public synchronized List<Feed> all() {
        return List.copyOf(feeds.values());
    }

    public synchronized List<Feed> of(String sellerId) {
        return feeds.values().stream()
                .filter(f -> f.sellerId().equals(sellerId))
                .toList();
    }

    /** Cancels a feed that is still {@code IN_QUEUE}; returns the feed's status otherwise. */
    public synchronized Optional<String> cancel(String sellerId, String feedId) {
        Feed feed = get(sellerId, feedId).orElseThrow();
        if (!"IN_QUEUE".equals(feed.processingStatus())) {
            return Optional.of(feed.processingStatus());
        }
        feeds.put(feedId, feed.cancelled());
        stuck.remove(feedId);
        return Optional.empty();
    }

    public synchronized void clear() {
        feeds.clear();
        stuck.clear();
        documents.clear();
        nextFeedNumber = 50_001_000_000L;
        timings = FeedTimings.DEFAULT;
    }

    private synchronized void pump(String sellerId, Instant at) {
        List<Feed> queued = new ArrayList<>();
        boolean listingsFeedRunning = false;
        for (Feed feed : feeds.values()) {
            if (!feed.sellerId().equals(sellerId)) {
                continue;
            }
            if ("IN_PROGRESS".equals(feed.processingStatus()) && feed.isListingsFeed()) {
                listingsFeedRunning = true;
            }
            if ("IN_QUEUE".equals(feed.processingStatus())
                    && !stuck.contains(feed.feedId())
                    && !feed.createdTime().plus(timings.queueDelay()).isAfter(at)) {
                queued.add(feed);
            }
        }
        queued.sort(Comparator.comparing(Feed::createdTime).thenComparing(Feed::feedId));
        for (Feed feed : queued) {
            if (feed.isListingsFeed()) {
                if (listingsFeedRunning) {
                    continue;
                }
                listingsFeedRunning = true;
            }
            feeds.put(feed.feedId(), feed.started(at));
            timeline.schedule(
                    at.plus(timings.processingTime()),
                    "finish feed " + feed.feedId(),
                    end -> finish(feed.feedId(), end));
        }
    }

    private synchronized void finish(String feedId, Instant at) {
        Feed feed = feeds.get(feedId);
        if (feed == null || !"IN_PROGRESS".equals(feed.processingStatus())) {
            return;
        }
        if (!feed.isListingsFeed()) {
            feeds.put(feedId, feed.finished("FATAL", at, null));
            return;
        }
        byte[] content = documents
                .find(feed.inputFeedDocumentId())
                .map(FeedDocument::content)
                .orElse(null);
        ListingsFeedProcessor.Outcome outcome = faults.takeFatalFeed()
                ? processor.process(feed, "injected fatal fault".getBytes(), at)
                : processor.process(feed, content, at);
        FeedDocument result = documents.create(
                feed.sellerId(),
                "application/json",
                bytes(outcome, timings.gzipResults()),
                timings.gzipResults() ? "GZIP" : null);
        feeds.put(feedId, feed.finished(outcome.status(), at, result.feedDocumentId()));
        for (ListingsFeedProcessor.Accepted accepted : outcome.accepted()) {
            propagation.accepted(
                    feed.sellerId(), accepted.sku(), feed.marketplaceIds(), accepted.plan(), "feed:" + feedId, at);
        }
        pump(feed.sellerId(), at);
    }

    private byte[] bytes(ListingsFeedProcessor.Outcome outcome, boolean gzip) {
        try {
            byte[] raw = json.writeValueAsBytes(outcome.report());
            if (!gzip) {
                return raw;
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
                zip.write(raw);
            }
            return out.toByteArray();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
