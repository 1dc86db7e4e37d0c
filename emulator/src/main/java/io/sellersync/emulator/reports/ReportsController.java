// SPDX-License-Identifier: Apache-2.0
package io.sellersync.emulator.reports;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import io.sellersync.emulator.clock.EmulatorClock;
import io.sellersync.emulator.feeds.DocumentStore;
import io.sellersync.emulator.feeds.FeedDocument;
import io.sellersync.emulator.spapi.Params;
import io.sellersync.emulator.spapi.SpApiCaller;
import io.sellersync.emulator.spapi.SpApiException;
import io.sellersync.emulator.world.Seller;
import io.sellersync.emulator.world.World;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Reports API 2021-06-30 for the merchant listings reports; the paging rules are the same as {@code getFeeds}. */
@RestController
@RequestMapping(path = "/reports/2021-06-30", produces = MediaType.APPLICATION_JSON_VALUE)
class ReportsController {

    static final String INVALID = "InvalidInput";
    private static final Set<String> STATUSES = Set.of("CANCELLED", "DONE", "FATAL", "IN_PROGRESS", "IN_QUEUE");

    /** The model's {@code ReportDocument}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record DocumentView(String reportDocumentId, String url, String compressionAlgorithm) {}

    /** The model's {@code GetReportsResponse}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ReportsPage(List<Report> reports, String nextToken) {}

    private record PageQuery(
            String sellerId,
            List<String> types,
            List<String> statuses,
            List<String> marketplaceIds,
            Instant since,
            Instant until,
            int pageSize,
            int offset) {}

    private final ReportService reports;
    private final DocumentStore documents;
    private final World world;
    private final EmulatorClock clock;
    private final Map<String, PageQuery> pages = new ConcurrentHashMap<>();

    ReportsController(ReportService reports, DocumentStore documents, World world, EmulatorClock clock) {
        this.reports = reports;
        this.documents = documents;
        this.world = world;
        this.clock = clock;
    }

    @PostMapping(path = "/reports", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, String>> createReport(
            HttpServletRequest request, @RequestBody(required = false) JsonNode body) {
        SpApiCaller caller = SpApiCaller.of(request);
        Seller seller = world.seller(caller.sellerId()).orElseThrow();
        if (body == null || !body.isObject()) {
            throw SpApiException.badRequest(INVALID, "The request body must be a CreateReportSpecification object.");
        }
        JsonNode type = body.get("reportType");
        if (type == null || !type.isTextual()) {
            throw SpApiException.badRequest(INVALID, "'reportType' is required.");
        }
        if (!ListingReports.TYPES.contains(type.asText())) {
            throw SpApiException.badRequest(INVALID, "Report type " + type.asText() + " is not supported.");
        }
        JsonNode markets = body.get("marketplaceIds");
        if (markets == null || !markets.isArray() || markets.isEmpty() || markets.size() > 25) {
            throw SpApiException.badRequest(INVALID, "'marketplaceIds' is required and takes 1 to 25 values.");
        }
        List<String> marketplaceIds = new ArrayList<>();
        for (JsonNode m : markets) {
            if (!m.isTextual() || !seller.marketplaceIds().contains(m.asText())) {
                throw SpApiException.badRequest(INVALID, "Invalid marketplaceId " + m + ".");
            }
            marketplaceIds.add(m.asText());
        }
        Instant start = date(body, "dataStartTime");
        Instant end = date(body, "dataEndTime");
        Report report = reports.create(caller.sellerId(), type.asText(), marketplaceIds, start, end);
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(Map.of("reportId", report.reportId()));
    }

    @GetMapping("/reports/{reportId}")
    Report getReport(HttpServletRequest request, @PathVariable String reportId) {
        SpApiCaller caller = SpApiCaller.of(request);
        return reports.get(caller.sellerId(), reportId)
                .orElseThrow(() -> SpApiException.notFound("NotFound", "Report " + reportId + " not found."));
    }

    @DeleteMapping("/reports/{reportId}")
    ResponseEntity<Void> cancelReport(HttpServletRequest request, @PathVariable String reportId) {
        SpApiCaller caller = SpApiCaller.of(request);
        if (reports.get(caller.sellerId(), reportId).isEmpty()) {
            throw SpApiException.notFound("NotFound", "Report " + reportId + " not found.");
        }
        reports.cancel(caller.sellerId(), reportId).ifPresent(status -> {
            throw SpApiException.badRequest(
                    INVALID, "Report " + reportId + " cannot be cancelled: its processingStatus is " + status + ".");
        });
        return ResponseEntity.ok().build();
    }

    @GetMapping("/reports")
    ReportsPage getReports(
            HttpServletRequest request,
            @RequestParam(required = false) String reportTypes,
            @RequestParam(required = false) String processingStatuses,
            @RequestParam(required = false) String marketplaceIds,
            @RequestParam(required = false) String pageSize,
            @RequestParam(required = false) String createdSince,
            @RequestParam(required = false) String createdUntil,
            @RequestParam(required = false) String nextToken) {
        SpApiCaller caller = SpApiCaller.of(request);
        PageQuery q;
        if (nextToken != null) {
            if (request.getParameterMap().size() > 1) {
                throw SpApiException.badRequest(INVALID, "nextToken must be the only parameter when it is given.");
            }
            q = pages.get(nextToken);
            if (q == null || !q.sellerId().equals(caller.sellerId())) {
                throw SpApiException.badRequest(INVALID, "Invalid nextToken.");
            }
        } else {
            List<String> types = Params.csv(reportTypes);
            if (types.isEmpty() || types.size() > 10) {
                throw SpApiException.badRequest(INVALID, "reportTypes is required (1 to 10 values) without nextToken.");
            }
            List<String> statuses = Params.csvEnum(INVALID, "processingStatuses", processingStatuses, STATUSES);
            List<String> markets = Params.csv(marketplaceIds);
            if (markets.size() > 10) {
                throw SpApiException.badRequest(INVALID, "marketplaceIds takes at most 10 values.");
            }
            Instant now = clock.now();
            Instant since = Params.dateTime(INVALID, "createdSince", createdSince);
            Instant until = Params.dateTime(INVALID, "createdUntil", createdUntil);
            q = new PageQuery(
                    caller.sellerId(),
                    types,
                    statuses,
                    markets,
                    since == null ? now.minus(Duration.ofDays(90)) : since,
                    until == null ? now : until,
                    Params.integer(INVALID, "pageSize", pageSize, 10, 1, 100),
                    0);
        }
        PageQuery query = q;
        List<Report> matching = reports.of(caller.sellerId()).stream()
                .filter(r -> query.types().contains(r.reportType()))
                .filter(r -> query.statuses().isEmpty() || query.statuses().contains(r.processingStatus()))
                .filter(r -> query.marketplaceIds().isEmpty()
                        || r.marketplaceIds().stream().anyMatch(query.marketplaceIds()::contains))
                .filter(r -> !r.createdTime().isBefore(query.since())
                        && !r.createdTime().isAfter(query.until()))
                .sorted((a, b) -> b.createdTime().compareTo(a.createdTime()))
                .toList();
        int end = Math.min(matching.size(), query.offset() + query.pageSize());
        List<Report> page = query.offset() >= matching.size() ? List.of() : matching.subList(query.offset(), end);
        String token = null;
        if (end < matching.size()) {
            token = UUID.randomUUID().toString().replace("-", "");
            pages.put(
                    token,
                    new PageQuery(
                            query.sellerId(),
                            query.types(),
                            query.statuses(),
                            query.marketplaceIds(),
                            query.since(),
                            query.until(),
                            query.pageSize(),
                            end));
        }
        return new ReportsPage(page, token);
    }

    @GetMapping("/documents/{reportDocumentId}")
    DocumentView getReportDocument(
            HttpServletRequest request,
            @PathVariable String reportDocumentId,
            @RequestParam(required = false) String enableContentEncodingUrlHeader) {
        SpApiCaller caller = SpApiCaller.of(request);
        Params.oneOf(
                INVALID, "enableContentEncodingUrlHeader", enableContentEncodingUrlHeader, Set.of("true", "false"));
        boolean isReport =
                reports.of(caller.sellerId()).stream().anyMatch(r -> reportDocumentId.equals(r.reportDocumentId()));
        FeedDocument document = documents
                .find(reportDocumentId)
                .filter(d -> isReport)
                .orElseThrow(() -> SpApiException.notFound("NotFound", "Report document not found."));
        String base =
                ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
        boolean gzip = "GZIP".equals(document.compression());
        return new DocumentView(
                document.feedDocumentId(),
                documents.presign(base, document, gzip && "true".equals(enableContentEncodingUrlHeader)),
                gzip ? "GZIP" : null);
    }

    private static Instant date(JsonNode body, String field) {
        JsonNode node = body.get(field);
        if (node == null) {
            return null;
        }
        if (!node.isTextual()) {
            throw SpApiException.badRequest(INVALID, "'" + field + "' must be an ISO 8601 date-time.");
        }
        return Params.dateTime(INVALID, field, node.asText());
    }
}
