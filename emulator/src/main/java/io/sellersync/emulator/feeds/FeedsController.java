// SPDX-License-Identifier: Apache-2.0
package io.sellersync.emulator.feeds;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import io.sellersync.emulator.clock.EmulatorClock;
import io.sellersync.emulator.faults.RateLimiter;
import io.sellersync.emulator.spapi.ApiError;
import io.sellersync.emulator.spapi.ErrorList;
import io.sellersync.emulator.spapi.Params;
import io.sellersync.emulator.spapi.SpApiCaller;
import io.sellersync.emulator.spapi.SpApiException;
import io.sellersync.emulator.world.Seller;
import io.sellersync.emulator.world.World;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
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

/** Feeds API 2021-06-30: documents, feeds, and the {@code nextToken} paging of {@code getFeeds}. */
@RestController
@RequestMapping(path = "/feeds/2021-06-30", produces = MediaType.APPLICATION_JSON_VALUE)
class FeedsController {

    static final String INVALID = "InvalidInput";
    private static final Set<String> STATUSES = Set.of("CANCELLED", "DONE", "FATAL", "IN_PROGRESS", "IN_QUEUE");
    private static final Duration DOCUMENT_ID_LIFETIME = Duration.ofDays(2);
    private static final Duration RETENTION = Duration.ofDays(90);

    /** The {@code Feed} definition of the model. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record FeedView(
            String feedId,
            String feedType,
            List<String> marketplaceIds,
            Instant createdTime,
            String processingStatus,
            Instant processingStartTime,
            Instant processingEndTime,
            String resultFeedDocumentId) {

        static FeedView of(Feed f) {
            return new FeedView(
                    f.feedId(),
                    f.feedType(),
                    f.marketplaceIds(),
                    f.createdTime(),
                    f.processingStatus(),
                    f.processingStartTime(),
                    f.processingEndTime(),
                    f.resultFeedDocumentId());
        }
    }

    /** The {@code GetFeedsResponse} definition. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record FeedsPage(List<FeedView> feeds, String nextToken) {}

    /** The {@code FeedDocument} definition. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record DocumentView(String feedDocumentId, String url, String compressionAlgorithm) {}

    private record PageQuery(
            String sellerId,
            List<String> feedTypes,
            List<String> marketplaceIds,
            List<String> statuses,
            Instant since,
            Instant until,
            int pageSize,
            int offset) {}

    private final FeedService feeds;
    private final DocumentStore documents;
    private final World world;
    private final EmulatorClock clock;
    private final RateLimiter rateLimiter;
    private final Map<String, PageQuery> pages = new ConcurrentHashMap<>();

    FeedsController(
            FeedService feeds, DocumentStore documents, World world, EmulatorClock clock, RateLimiter rateLimiter) {
        this.feeds = feeds;
        this.documents = documents;
        this.world = world;
        this.clock = clock;
        this.rateLimiter = rateLimiter;
    }

    @PostMapping(path = "/documents", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<DocumentView> createFeedDocument(
            HttpServletRequest request, @RequestBody(required = false) JsonNode body) {
        SpApiCaller caller = SpApiCaller.of(request);
        if (body == null
                || !body.isObject()
                || !body.path("contentType").isTextual()
                || body.get("contentType").asText().isBlank()) {
            throw SpApiException.badRequest(INVALID, "'contentType' is required.");
        }
        FeedDocument document =
                documents.create(caller.sellerId(), body.get("contentType").asText(), null, null);
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(new DocumentView(document.feedDocumentId(), documents.presign(baseUrl(), document, false), null));
    }

    @GetMapping("/documents/{feedDocumentId}")
    DocumentView getFeedDocument(
            HttpServletRequest request,
            @PathVariable String feedDocumentId,
            @RequestParam(required = false) String enableContentEncodingUrlHeader) {
        SpApiCaller caller = SpApiCaller.of(request);
        Params.oneOf(
                INVALID, "enableContentEncodingUrlHeader", enableContentEncodingUrlHeader, Set.of("true", "false"));
        FeedDocument document = documents
                .find(feedDocumentId)
                .filter(d -> d.sellerId().equals(caller.sellerId()))
                .orElseThrow(() -> SpApiException.notFound("NotFound", "Feed document not found."));
        boolean gzip = "GZIP".equals(document.compression());
        return new DocumentView(
                document.feedDocumentId(),
                documents.presign(baseUrl(), document, gzip && "true".equals(enableContentEncodingUrlHeader)),
                gzip ? "GZIP" : null);
    }

    @PostMapping(path = "/feeds", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, String>> createFeed(
            HttpServletRequest request, @RequestBody(required = false) JsonNode body) {
        SpApiCaller caller = SpApiCaller.of(request);
        Seller seller = world.seller(caller.sellerId()).orElseThrow();
        if (body == null || !body.isObject()) {
            throw SpApiException.badRequest(INVALID, "The request body must be a CreateFeedSpecification object.");
        }
        List<ApiError> errors = new ArrayList<>();
        JsonNode feedType = body.get("feedType");
        if (feedType == null || !feedType.isTextual() || feedType.asText().isBlank()) {
            errors.add(new ApiError(INVALID, "'feedType' is required.", null));
        }
        List<String> marketplaceIds = new ArrayList<>();
        JsonNode markets = body.get("marketplaceIds");
        if (markets == null || !markets.isArray() || markets.isEmpty() || markets.size() > 25) {
            errors.add(new ApiError(INVALID, "'marketplaceIds' is required and takes 1 to 25 values.", null));
        } else {
            for (JsonNode m : markets) {
                if (!m.isTextual() || !seller.marketplaceIds().contains(m.asText())) {
                    errors.add(new ApiError(INVALID, "Invalid marketplaceId " + m + ".", null));
                } else {
                    marketplaceIds.add(m.asText());
                }
            }
        }
        JsonNode documentId = body.get("inputFeedDocumentId");
        if (documentId == null || !documentId.isTextual()) {
            errors.add(new ApiError(INVALID, "'inputFeedDocumentId' is required.", null));
        } else {
            Instant now = clock.now();
            boolean usable = documents
                    .find(documentId.asText())
                    .filter(d -> d.sellerId().equals(caller.sellerId()))
                    .filter(d -> d.createdAt().plus(DOCUMENT_ID_LIFETIME).isAfter(now))
                    .isPresent();
            if (!usable) {
                errors.add(new ApiError(INVALID, "Invalid inputFeedDocumentId.", null));
            }
        }
        Map<String, String> options = new LinkedHashMap<>();
        JsonNode feedOptions = body.get("feedOptions");
        if (feedOptions != null) {
            if (!feedOptions.isObject()) {
                errors.add(new ApiError(INVALID, "'feedOptions' must be an object of strings.", null));
            } else {
                Iterator<Map.Entry<String, JsonNode>> fields = feedOptions.fields();
                while (fields.hasNext()) {
                    Map.Entry<String, JsonNode> field = fields.next();
                    if (!field.getValue().isTextual()) {
                        errors.add(new ApiError(INVALID, "feedOptions values must be strings.", null));
                    } else {
                        options.put(field.getKey(), field.getValue().asText());
                    }
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new BadRequest(errors);
        }
        if (FeedService.JSON_LISTINGS_FEED.equals(feedType.asText())
                && !rateLimiter.tryAcquireListingsFeed(caller.sellerId(), caller.clientId())) {
            throw new SpApiException(
                    HttpStatus.TOO_MANY_REQUESTS,
                    "QuotaExceeded",
                    "You exceeded your quota for the requested resource.",
                    "JSON_LISTINGS_FEED allows five feed submissions per five minutes.");
        }
        Feed feed = feeds.create(
                caller.sellerId(), caller.clientId(), feedType.asText(), marketplaceIds, documentId.asText(), options);
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(Map.of("feedId", feed.feedId()));
    }

    @GetMapping("/feeds")
    FeedsPage getFeeds(
            HttpServletRequest request,
            @RequestParam(required = false) String feedTypes,
            @RequestParam(required = false) String marketplaceIds,
            @RequestParam(required = false) String pageSize,
            @RequestParam(required = false) String processingStatuses,
            @RequestParam(required = false) String createdSince,
            @RequestParam(required = false) String createdUntil,
            @RequestParam(required = false) String nextToken) {
        SpApiCaller caller = SpApiCaller.of(request);
        PageQuery query;
        if (nextToken != null) {
            if (request.getParameterMap().size() > 1) {
                throw SpApiException.badRequest(INVALID, "nextToken must be the only parameter when it is given.");
            }
            query = pages.get(nextToken);
            if (query == null || !query.sellerId().equals(caller.sellerId())) {
                throw SpApiException.badRequest(INVALID, "Invalid nextToken.");
            }
        } else {
            List<String> types = Params.csv(feedTypes);
            if (types.isEmpty() || types.size() > 10) {
                throw SpApiException.badRequest(INVALID, "feedTypes is required (1 to 10 values) without nextToken.");
            }
            List<String> markets = Params.csv(marketplaceIds);
            if (marketplaceIds != null && (markets.isEmpty() || markets.size() > 10)) {
                throw SpApiException.badRequest(INVALID, "marketplaceIds takes 1 to 10 values.");
            }
            List<String> statuses = Params.csvEnum(INVALID, "processingStatuses", processingStatuses, STATUSES);
            if (processingStatuses != null && statuses.isEmpty()) {
                throw SpApiException.badRequest(INVALID, "processingStatuses needs at least one value.");
            }
            Instant now = clock.now();
            Instant since = Params.dateTime(INVALID, "createdSince", createdSince);
            Instant until = Params.dateTime(INVALID, "createdUntil", createdUntil);
            since = since == null ? now.minus(RETENTION) : since;
            until = until == null ? now : until;
            if (since.isAfter(until)) {
                throw SpApiException.badRequest(INVALID, "createdSince must not be after createdUntil.");
            }
            int size = Params.integer(INVALID, "pageSize", pageSize, 10, 1, 100);
            query = new PageQuery(caller.sellerId(), types, markets, statuses, since, until, size, 0);
        }
        PageQuery q = query;
        List<Feed> matching = feeds.of(caller.sellerId()).stream()
                .filter(f -> q.feedTypes().contains(f.feedType()))
                .filter(f -> q.marketplaceIds().isEmpty()
                        || f.marketplaceIds().stream().anyMatch(q.marketplaceIds()::contains))
                .filter(f -> q.statuses().isEmpty() || q.statuses().contains(f.processingStatus()))
                .filter(f ->
                        !f.createdTime().isBefore(q.since()) && !f.createdTime().isAfter(q.until()))
                .sorted((a, b) -> b.createdTime().compareTo(a.createdTime()))
                .toList();
        int end = Math.min(matching.size(), q.offset() + q.pageSize());
        List<FeedView> page = q.offset() >= matching.size()
                ? List.of()
                : matching.subList(q.offset(), end).stream().map(FeedView::of).toList();
        String token = null;
        if (end < matching.size()) {
            token = UUID.randomUUID().toString().replace("-", "");
            pages.put(
                    token,
                    new PageQuery(
                            q.sellerId(),
                            q.feedTypes(),
                            q.marketplaceIds(),
                            q.statuses(),
                            q.since(),
                            q.until(),
                            q.pageSize(),
                            end));
        }
        return new FeedsPage(page, token);
    }

    @GetMapping("/feeds/{feedId}")
    FeedView getFeed(HttpServletRequest request, @PathVariable String feedId) {
        SpApiCaller caller = SpApiCaller.of(request);
        return feeds.get(caller.sellerId(), feedId)
                .map(FeedView::of)
                .orElseThrow(() -> SpApiException.notFound("NotFound", "Feed " + feedId + " not found."));
    }

    @DeleteMapping("/feeds/{feedId}")
    ResponseEntity<Void> cancelFeed(HttpServletRequest request, @PathVariable String feedId) {
        SpApiCaller caller = SpApiCaller.of(request);
        if (feeds.get(caller.sellerId(), feedId).isEmpty()) {
            throw SpApiException.notFound("NotFound", "Feed " + feedId + " not found.");
        }
        feeds.cancel(caller.sellerId(), feedId).ifPresent(status -> {
            throw SpApiException.badRequest(
                    INVALID,
                    "Feed " + feedId + " cannot be cancelled: its processingStatus is " + status
                            + "; only IN_QUEUE feeds can be cancelled.");
        });
        return ResponseEntity.ok().build();
    }

    private static String baseUrl() {
        return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
    }

    /** A 400 carrying several errors at once. */
    static final class BadRequest extends SpApiException {
        private final List<ApiError> errors;

        BadRequest(List<ApiError> errors) {
            super(HttpStatus.BAD_REQUEST, errors.get(0).code(), errors.get(0).message(), null);
            this.errors = List.copyOf(errors);
        }

        @Override
        public ErrorList body() {
            return new ErrorList(errors);
        }
    }
}
