// SPDX-License-Identifier: Apache-2.0
package io.sellersync.emulator.reports;

import io.sellersync.emulator.clock.EmulatorClock;
import io.sellersync.emulator.clock.Timeline;
import io.sellersync.emulator.feeds.DocumentStore;
import io.sellersync.emulator.feeds.FeedDocument;
import io.sellersync.emulator.world.World;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Report requests on the emulated clock: {@code IN_QUEUE} for {@link #QUEUE_DELAY}, {@code IN_PROGRESS} for
 * {@link #PROCESSING_TIME}, then {@code DONE} with a snapshot of the listings taken when processing ends.
 */
@Component
public class ReportService {

    static final Duration QUEUE_DELAY = Duration.ofSeconds(15);
    static final Duration PROCESSING_TIME = Duration.ofSeconds(30);

    private final EmulatorClock clock;
    private final Timeline timeline;
    private final DocumentStore documents;
    private final World world;
    private final Map<String, Report> reports = new LinkedHashMap<>();
    private long nextReportNumber = 60_001_000_000L;

    public ReportService(EmulatorClock clock, Timeline timeline, DocumentStore documents, World world) {
        this.clock = clock;
        this.timeline = timeline;
        this.documents = documents;
        this.world = world;
    }

    public synchronized Report create(
            String sellerId, String reportType, List<String> marketplaceIds, Instant start, Instant end) {
        Instant now = clock.now();
        Report report = new Report(
                sellerId,
                String.valueOf(nextReportNumber++),
                reportType,
                marketplaceIds,
                start,
                end,
                now,
                "IN_QUEUE",
                null,
                null,
                null);
        reports.put(report.reportId(), report);
        timeline.schedule(
                now.plus(QUEUE_DELAY), "start report " + report.reportId(), at -> start(report.reportId(), at));
        return report;
    }

    public synchronized Optional<Report> get(String sellerId, String reportId) {
        return Optional.ofNullable(reports.get(reportId))
                .filter(r -> r.sellerId().equals(sellerId));
    }

    public synchronized List<Report> of(String sellerId) {
        return reports.values().stream()
                .filter(r -> r.sellerId().equals(sellerId))
                .toList();
    }

    /** Cancels a queued report; returns the report's status when it is no longer queued. */
    public synchronized Optional<String> cancel(String sellerId, String reportId) {
        Report report = get(sellerId, reportId).orElseThrow();
        if (!"IN_QUEUE".equals(report.processingStatus())) {
            return Optional.of(report.processingStatus());
        }
        reports.put(reportId, report.cancelled());
        return Optional.empty();
    }

    public synchronized void clear() {
        reports.clear();
        nextReportNumber = 60_001_000_000L;
    }

    private synchronized void start(String reportId, Instant at) {
        Report report = reports.get(reportId);
        if (report == null || !"IN_QUEUE".equals(report.processingStatus())) {
            return;
        }
        reports.put(reportId, report.started(at));
        timeline.schedule(at.plus(PROCESSING_TIME), "finish report " + reportId, end -> finish(reportId, end));
    }

    private synchronized void finish(String reportId, Instant at) {
        Report report = reports.get(reportId);
        if (report == null || !"IN_PROGRESS".equals(report.processingStatus())) {
            return;
        }
        byte[] content = ListingReports.render(report.reportType(), world, report.sellerId(), report.marketplaceIds());
        FeedDocument document =
                documents.create(report.sellerId(), "text/tab-separated-values; charset=UTF-8", content, null);
        reports.put(reportId, report.done(at, document.feedDocumentId()));
    }
}
