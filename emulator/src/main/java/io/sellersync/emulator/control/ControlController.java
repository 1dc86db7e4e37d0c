// SPDX-License-Identifier: Apache-2.0
package io.sellersync.emulator.control;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sellersync.emulator.auth.TokenStore;
import io.sellersync.emulator.clock.EmulatorClock;
import io.sellersync.emulator.clock.Timeline;
import io.sellersync.emulator.faults.FaultSettings;
import io.sellersync.emulator.faults.Faults;
import io.sellersync.emulator.faults.RateLimiter;
import io.sellersync.emulator.feeds.DocumentStore;
import io.sellersync.emulator.feeds.Feed;
import io.sellersync.emulator.feeds.FeedDocument;
import io.sellersync.emulator.feeds.FeedService;
import io.sellersync.emulator.feeds.FeedTimings;
import io.sellersync.emulator.listings.ListingHealth;
import io.sellersync.emulator.listings.Propagation;
import io.sellersync.emulator.listings.PropagationDelays;
import io.sellersync.emulator.orders.Buyers;
import io.sellersync.emulator.orders.Order;
import io.sellersync.emulator.orders.OrderBook;
import io.sellersync.emulator.spapi.CallLog;
import io.sellersync.emulator.world.AppliedChange;
import io.sellersync.emulator.world.Listing;
import io.sellersync.emulator.world.Seller;
import io.sellersync.emulator.world.World;
import io.sellersync.emulator.world.WorldSpec;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The control API under {@code /_emulator/}: not part of SP-API. Tests and demos use it to seed a world, move the
 * clock, tune delays, inject faults, and read the ground truth that a client can only infer through SP-API.
 */
@RestController
@RequestMapping("/_emulator")
class ControlController {

    /** Body of {@code POST /_emulator/seed}; every field is optional. */
    record SeedRequest(
            Long seed,
            Integer catalogSize,
            Integer listingsPerSeller,
            Integer sellers,
            Instant startTime,
            Double speed,
            Double purchasesPerHour,
            Integer historyDays) {}

    /** Body of {@code POST /_emulator/buyers/purchase}: one purchase now; the seller defaults to the demo seller. */
    record PurchaseRequest(String sellerId, String sku, String marketplaceId, Integer quantity) {}

    /** Delays and plans a test may tune; absent fields keep their value. */
    record Config(
            Long quantityPropagationSeconds,
            Long pricePropagationSeconds,
            Long attributePropagationSeconds,
            Long feedQueueSeconds,
            Long feedProcessingSeconds,
            Boolean gzipFeedResults,
            Double rateMultiplier) {}

    private final World world;
    private final EmulatorClock clock;
    private final Timeline timeline;
    private final EmulatorReset reset;
    private final TokenStore tokens;
    private final RateLimiter rateLimiter;
    private final Faults faults;
    private final Propagation propagation;
    private final FeedService feeds;
    private final DocumentStore documents;
    private final CallLog callLog;
    private final Buyers buyers;
    private final OrderBook orders;
    private final io.sellersync.emulator.finances.Ledger ledger;
    private final ListingHealth health;
    private final ObjectMapper json;

    ControlController(
            World world,
            EmulatorClock clock,
            Timeline timeline,
            EmulatorReset reset,
            TokenStore tokens,
            RateLimiter rateLimiter,
            Faults faults,
            Propagation propagation,
            FeedService feeds,
            DocumentStore documents,
            CallLog callLog,
            Buyers buyers,
            OrderBook orders,
            io.sellersync.emulator.finances.Ledger ledger,
            ListingHealth health,
            ObjectMapper json) {
        this.health = health;
        this.world = world;
        this.clock = clock;
        this.timeline = timeline;
        this.reset = reset;
        this.tokens = tokens;
        this.rateLimiter = rateLimiter;
        this.faults = faults;
        this.propagation = propagation;
        this.feeds = feeds;
        this.documents = documents;
        this.callLog = callLog;
        this.buyers = buyers;
        this.orders = orders;
        this.ledger = ledger;
        this.json = json;
    }

    @GetMapping("/credentials")
    Map<String, Object> credentials() {
        Seller seller = world.demoSeller();
        return credentialsOf(seller);
    }

    @GetMapping("/sellers")
    List<Map<String, Object>> sellers() {
        return world.sellers().stream().map(this::credentialsOf).toList();
    }

    @PostMapping("/seed")
    Map<String, Object> seed(@RequestBody(required = false) SeedRequest request) {
        SeedRequest r = request == null ? new SeedRequest(null, null, null, null, null, null, null, null) : request;
        WorldSpec spec = new WorldSpec(
                r.seed() == null ? world.spec().seed() : r.seed(),
                r.catalogSize() == null ? WorldSpec.DEFAULT_CATALOG_SIZE : r.catalogSize(),
                r.listingsPerSeller() == null ? WorldSpec.DEFAULT_LISTINGS_PER_SELLER : r.listingsPerSeller(),
                r.sellers() == null ? WorldSpec.DEFAULT_SELLERS : r.sellers());
        reset.reset(spec, r.startTime(), r.speed(), r.purchasesPerHour(), r.historyDays());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("seed", spec.seed());
        body.put("now", clock.now());
        body.put("sellers", world.sellers().size());
        body.put("catalogSize", world.catalog().size());
        body.put("credentials", credentials());
        return body;
    }

    @GetMapping("/clock")
    Map<String, Object> clock() {
        return Map.of("now", clock.now(), "speed", clock.speed());
    }

    @PostMapping("/clock/advance")
    Map<String, Object> advance(@RequestBody Map<String, Double> body) {
        Double seconds = body.get("seconds");
        if (seconds == null || seconds < 0) {
            throw new IllegalArgumentException("'seconds' must be a number >= 0");
        }
        clock.advance(Duration.ofMillis(Math.round(seconds * 1000)));
        timeline.runDue();
        return clock();
    }

    @PostMapping("/clock/speed")
    Map<String, Object> speed(@RequestBody Map<String, Double> body) {
        Double speed = body.get("speed");
        if (speed == null) {
            throw new IllegalArgumentException("'speed' is required");
        }
        clock.setSpeed(speed);
        return clock();
    }

    @GetMapping("/config")
    Config config() {
        PropagationDelays d = propagation.delays();
        FeedTimings t = feeds.timings();
        return new Config(
                d.quantity().toSeconds(),
                d.price().toSeconds(),
                d.attributes().toSeconds(),
                t.queueDelay().toSeconds(),
                t.processingTime().toSeconds(),
                t.gzipResults(),
                rateLimiter.multiplier());
    }

    @PutMapping("/config")
    Config setConfig(@RequestBody Config c) {
        PropagationDelays d = propagation.delays();
        propagation.setDelays(new PropagationDelays(
                seconds(c.quantityPropagationSeconds(), d.quantity()),
                seconds(c.pricePropagationSeconds(), d.price()),
                seconds(c.attributePropagationSeconds(), d.attributes())));
        FeedTimings t = feeds.timings();
        feeds.setTimings(new FeedTimings(
                seconds(c.feedQueueSeconds(), t.queueDelay()),
                seconds(c.feedProcessingSeconds(), t.processingTime()),
                c.gzipFeedResults() == null ? t.gzipResults() : c.gzipFeedResults()));
        if (c.rateMultiplier() != null) {
            rateLimiter.setMultiplier(c.rateMultiplier());
        }
        return config();
    }

    @GetMapping("/faults")
    FaultSettings faults() {
        return faults.settings();
    }

    @PutMapping("/faults")
    FaultSettings setFaults(@RequestBody FaultSettings settings) {
        faults.set(settings);
        return faults.settings();
    }

    @DeleteMapping("/faults")
    FaultSettings clearFaults() {
        faults.set(FaultSettings.NONE);
        return faults.settings();
    }

    @PostMapping("/tokens/expire")
    Map<String, Object> expireTokens() {
        tokens.expireAll();
        return Map.of("expiredAt", clock.now());
    }

    @PostMapping("/tokens/revoke")
    Map<String, Object> revoke(@RequestBody Map<String, String> body) {
        Seller seller =
                world.seller(body.get("sellerId")).orElseThrow(() -> new IllegalArgumentException("unknown sellerId"));
        tokens.revoke(seller.refreshToken(), seller.sellerId());
        return Map.of("revoked", seller.sellerId());
    }

    @GetMapping("/catalog")
    List<io.sellersync.emulator.world.CatalogItem> catalog() {
        return world.catalog();
    }

    @GetMapping("/listings")
    List<Listing> listings(@RequestParam(required = false) String sellerId) {
        return world.listings(sellerId == null ? world.demoSeller().sellerId() : sellerId);
    }

    @GetMapping("/listings/{sellerId}/{sku}")
    ResponseEntity<Listing> listing(@PathVariable String sellerId, @PathVariable String sku) {
        return ResponseEntity.of(world.listing(sellerId, sku));
    }

    /** What Amazon says about the listing: fulfilment channel, status per marketplace, issues in all of them. */
    @GetMapping("/listings/{sellerId}/{sku}/health")
    ResponseEntity<Map<String, Object>> listingHealth(@PathVariable String sellerId, @PathVariable String sku) {
        return ResponseEntity.of(world.listing(sellerId, sku).map(listing -> {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("fulfillmentChannel", world.fulfilledByAmazon(sellerId, sku) ? "AMAZON_EU" : "DEFAULT");
            Map<String, List<String>> status = new LinkedHashMap<>();
            listing.offers().keySet().forEach(mp -> status.put(mp, health.status(listing, mp)));
            body.put("status", status);
            body.put(
                    "issues",
                    health.issues(listing, List.copyOf(listing.offers().keySet())));
            return body;
        }));
    }

    @GetMapping("/changes")
    List<AppliedChange> changes(
            @RequestParam(required = false) String sellerId,
            @RequestParam(required = false) String sku,
            @RequestParam(required = false) AppliedChange.Kind kind) {
        return world.changes().stream()
                .filter(c -> sellerId == null || c.sellerId().equals(sellerId))
                .filter(c -> sku == null || c.sku().equals(sku))
                .filter(c -> kind == null || c.kind() == kind)
                .toList();
    }

    @GetMapping("/orders")
    List<Order> orders(@RequestParam(required = false) String sellerId) {
        return sellerId == null ? orders.all() : orders.of(sellerId);
    }

    @GetMapping("/transactions")
    List<io.sellersync.emulator.finances.Transaction> transactions(@RequestParam(required = false) String sellerId) {
        return ledger.all().stream()
                .filter(t -> sellerId == null || t.sellerId().equals(sellerId))
                .toList();
    }

    @GetMapping("/buyers")
    Map<String, Object> buyers() {
        return Map.of("purchasesPerHour", buyers.purchasesPerHour());
    }

    @PutMapping("/buyers")
    Map<String, Object> setBuyers(@RequestBody Map<String, Double> body) {
        Double rate = body.get("purchasesPerHour");
        if (rate == null) {
            throw new IllegalArgumentException("'purchasesPerHour' is required");
        }
        buyers.setRate(rate);
        return buyers();
    }

    @PostMapping("/buyers/purchase")
    ResponseEntity<Object> purchase(@RequestBody PurchaseRequest r) {
        String seller = r.sellerId() == null ? world.demoSeller().sellerId() : r.sellerId();
        return buyers.purchase(seller, r.sku(), r.marketplaceId(), r.quantity() == null ? 1 : r.quantity())
                .<ResponseEntity<Object>>map(ResponseEntity::ok)
                .orElseGet(() -> ResponseEntity.status(HttpStatus.CONFLICT)
                        .body(Map.of("error", "the offer is not buyable in that quantity")));
    }

    @GetMapping("/pending")
    List<Map<String, Object>> pending() {
        return timeline.pending().stream()
                .map(t -> Map.<String, Object>of("due", t.due(), "what", t.description()))
                .toList();
    }

    @GetMapping("/feeds")
    List<Map<String, Object>> feeds(@RequestParam(required = false) String sellerId) {
        return feeds.all().stream()
                .filter(f -> sellerId == null || f.sellerId().equals(sellerId))
                .map(this::feedTruth)
                .toList();
    }

    @GetMapping("/calls")
    List<CallLog.Call> calls(
            @RequestParam(required = false) String operation, @RequestParam(required = false) Integer limit) {
        List<CallLog.Call> calls = callLog.calls().stream()
                .filter(c -> operation == null || operation.equals(c.operation()))
                .toList();
        int keep = limit == null ? calls.size() : Math.min(limit, calls.size());
        return calls.subList(calls.size() - keep, calls.size());
    }

    @DeleteMapping("/calls")
    ResponseEntity<Void> clearCalls() {
        callLog.clear();
        return ResponseEntity.noContent().build();
    }

    @ExceptionHandler({IllegalArgumentException.class, NullPointerException.class})
    ResponseEntity<Map<String, String>> badControlRequest(RuntimeException e) {
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(Map.of("error", String.valueOf(e.getMessage())));
    }

    private Map<String, Object> credentialsOf(Seller seller) {
        String base =
                ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("sellerId", seller.sellerId());
        body.put("name", seller.name());
        body.put("region", seller.region());
        body.put("marketplaceIds", seller.marketplaceIds());
        body.put("applicationId", world.application().applicationId());
        body.put("clientId", world.application().clientId());
        body.put("clientSecret", world.application().clientSecret());
        body.put("refreshToken", seller.refreshToken());
        body.put("endpoint", base);
        body.put("lwaEndpoint", base + "/auth/o2/token");
        body.put("consentUrl", base + "/apps/authorize/consent");
        return body;
    }

    private Map<String, Object> feedTruth(Feed feed) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("feed", feed);
        body.put(
                "payload",
                documents.find(feed.inputFeedDocumentId()).map(this::text).orElse(null));
        body.put(
                "report",
                documents.find(feed.resultFeedDocumentId()).map(this::parsed).orElse(null));
        return body;
    }

    private String text(FeedDocument document) {
        return document.content() == null ? null : new String(plain(document), StandardCharsets.UTF_8);
    }

    private JsonNode parsed(FeedDocument document) {
        try {
            return json.readTree(plain(document));
        } catch (IOException e) {
            return null;
        }
    }

    private static byte[] plain(FeedDocument document) {
        if (!"GZIP".equals(document.compression())) {
            return document.content();
        }
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(document.content()))) {
            return in.readAllBytes();
        } catch (IOException e) {
            return document.content();
        }
    }

    private static Duration seconds(Long value, Duration current) {
        return value == null ? current : Duration.ofSeconds(value);
    }
}
