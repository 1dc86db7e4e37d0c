// SPDX-License-Identifier: Apache-2.0
package io.sellersync.emulator.listings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sellersync.emulator.clock.EmulatorClock;
import io.sellersync.emulator.spapi.Params;
import io.sellersync.emulator.spapi.SpApiCaller;
import io.sellersync.emulator.spapi.SpApiException;
import io.sellersync.emulator.world.CatalogItem;
import io.sellersync.emulator.world.Listing;
import io.sellersync.emulator.world.Seller;
import io.sellersync.emulator.world.World;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Listings Items API 2021-08-01. Writes are validated at once and go live only after their propagation delay;
 * {@code mode=VALIDATION_PREVIEW} validates the same way and changes nothing.
 */
@RestController
@RequestMapping(path = "/listings/2021-08-01/items", produces = MediaType.APPLICATION_JSON_VALUE)
class ListingsItemsController {

    private static final Set<String> SUBMISSION_DATA = Set.of("identifiers", "issues");
    private static final Set<String> IDENTIFIER_TYPES =
            Set.of("ASIN", "EAN", "FNSKU", "GTIN", "ISBN", "JAN", "MINSAN", "SKU", "UPC");
    private static final int SEARCH_CAP = 1000;

    private final World world;
    private final EmulatorClock clock;
    private final SubmissionPlanner planner;
    private final Propagation propagation;
    private final ItemRenderer renderer;
    private final ListingHealth health;
    private final ObjectMapper json;

    ListingsItemsController(
            World world,
            EmulatorClock clock,
            SubmissionPlanner planner,
            Propagation propagation,
            ItemRenderer renderer,
            ListingHealth health,
            ObjectMapper json) {
        this.health = health;
        this.world = world;
        this.clock = clock;
        this.planner = planner;
        this.propagation = propagation;
        this.renderer = renderer;
        this.json = json;
    }

    @GetMapping("/{sellerId}/{sku}")
    ObjectNode getListingsItem(
            HttpServletRequest request,
            @PathVariable String sellerId,
            @PathVariable String sku,
            @RequestParam(required = false) String marketplaceIds,
            @RequestParam(required = false) String includedData,
            @RequestParam(required = false) String issueLocale) {
        Seller seller = seller(request, sellerId);
        List<String> markets = Params.csv(marketplaceIds);
        ListingsRequests.marketplaces(seller, markets, null);
        List<String> data = includedData(includedData);
        Listing listing = world.listing(sellerId, sku)
                .filter(l -> markets.stream().anyMatch(l::listedIn))
                .orElseThrow(() -> SpApiException.notFound(
                        "NOT_FOUND",
                        "SKU '" + sku + "' not found in marketplace(s) " + String.join(",", markets) + "."));
        return renderer.render(listing, markets, data);
    }

    @GetMapping("/{sellerId}")
    ObjectNode searchListingsItems(
            HttpServletRequest request,
            @PathVariable String sellerId,
            @RequestParam(required = false) String marketplaceIds,
            @RequestParam(required = false) String issueLocale,
            @RequestParam(required = false) String includedData,
            @RequestParam(required = false) String identifiers,
            @RequestParam(required = false) String identifiersType,
            @RequestParam(required = false) String variationParentSku,
            @RequestParam(required = false) String packageHierarchySku,
            @RequestParam(required = false) String createdAfter,
            @RequestParam(required = false) String createdBefore,
            @RequestParam(required = false) String lastUpdatedAfter,
            @RequestParam(required = false) String lastUpdatedBefore,
            @RequestParam(required = false) String withIssueSeverity,
            @RequestParam(required = false) String withStatus,
            @RequestParam(required = false) String withoutStatus,
            @RequestParam(required = false) String sortBy,
            @RequestParam(required = false) String sortOrder,
            @RequestParam(required = false) String pageSize,
            @RequestParam(required = false) String pageToken) {
        Seller seller = seller(request, sellerId);
        String bad = ListingsRequests.BAD_REQUEST;
        List<String> markets = Params.csv(marketplaceIds);
        ListingsRequests.marketplaces(seller, markets, null);
        List<String> data = includedData(includedData);
        List<String> ids = Params.csv(identifiers);
        if (ids.size() > 20) {
            throw ListingsRequests.bad("Parameter identifiers accepts at most 20 values.");
        }
        Params.oneOf(bad, "identifiersType", identifiersType, IDENTIFIER_TYPES);
        if (ids.isEmpty() != (identifiersType == null)) {
            throw ListingsRequests.bad("identifiers and identifiersType must be given together.");
        }
        if (!ids.isEmpty() && (variationParentSku != null || packageHierarchySku != null)) {
            throw ListingsRequests.bad(
                    "identifiers cannot be combined with variationParentSku or packageHierarchySku.");
        }
        Instant cAfter = Params.dateTime(bad, "createdAfter", createdAfter);
        Instant cBefore = Params.dateTime(bad, "createdBefore", createdBefore);
        Instant uAfter = Params.dateTime(bad, "lastUpdatedAfter", lastUpdatedAfter);
        Instant uBefore = Params.dateTime(bad, "lastUpdatedBefore", lastUpdatedBefore);
        List<String> severities =
                Params.csvEnum(bad, "withIssueSeverity", withIssueSeverity, Set.of("WARNING", "ERROR"));
        List<String> with = Params.csvEnum(bad, "withStatus", withStatus, Set.of("BUYABLE", "DISCOVERABLE"));
        List<String> without = Params.csvEnum(bad, "withoutStatus", withoutStatus, Set.of("BUYABLE", "DISCOVERABLE"));
        Params.oneOf(bad, "sortBy", sortBy, Set.of("sku", "createdDate", "lastUpdatedDate"));
        Params.oneOf(bad, "sortOrder", sortOrder, Set.of("ASC", "DESC"));
        int size = Params.integer(bad, "pageSize", pageSize, 10, 1, 20);
        int offset = decodePageToken(pageToken);

        Predicate<Listing> filter = l -> markets.stream().anyMatch(l::listedIn);
        if (!ids.isEmpty()) {
            filter = filter.and(l -> matchesIdentifier(l, identifiersType, ids));
        }
        if (variationParentSku != null || packageHierarchySku != null) {
            filter = filter.and(l -> false);
        }
        if (!severities.isEmpty()) {
            filter = filter.and(l -> health.severities(l, markets).stream().anyMatch(severities::contains));
        }
        filter = filter.and(l -> cAfter == null || !l.createdDate().isBefore(cAfter))
                .and(l -> cBefore == null || l.createdDate().isBefore(cBefore))
                .and(l -> uAfter == null || !l.lastUpdatedDate().isBefore(uAfter))
                .and(l -> uBefore == null || l.lastUpdatedDate().isBefore(uBefore))
                .and(l -> with.stream().allMatch(st -> hasStatus(l, markets, st)))
                .and(l -> without.stream().noneMatch(st -> hasStatus(l, markets, st)));
        Comparator<Listing> order = switch (sortBy == null ? "lastUpdatedDate" : sortBy) {
            case "sku" -> Comparator.comparing(Listing::sku);
            case "createdDate" -> Comparator.comparing(Listing::createdDate).thenComparing(Listing::sku);
            default -> Comparator.comparing(Listing::lastUpdatedDate).thenComparing(Listing::sku);
        };
        if (!"ASC".equals(sortOrder)) {
            order = order.reversed();
        }
        List<Listing> found =
                world.listings(sellerId).stream().filter(filter).sorted(order).toList();
        List<Listing> pageable = found.subList(0, Math.min(found.size(), SEARCH_CAP));
        ObjectNode result = json.createObjectNode();
        result.put("numberOfResults", found.size());
        int end = Math.min(pageable.size(), offset + size);
        if (offset > 0 || end < pageable.size()) {
            ObjectNode pagination = result.putObject("pagination");
            if (end < pageable.size()) {
                pagination.put("nextToken", encodePageToken(end));
            }
            if (offset > 0) {
                pagination.put("previousToken", encodePageToken(Math.max(0, offset - size)));
            }
        }
        ArrayNode items = result.putArray("items");
        if (offset < pageable.size()) {
            pageable.subList(offset, end).forEach(l -> items.add(renderer.render(l, markets, data)));
        }
        return result;
    }

    @PatchMapping(path = "/{sellerId}/{sku}", consumes = MediaType.APPLICATION_JSON_VALUE)
    ObjectNode patchListingsItem(
            HttpServletRequest request,
            @PathVariable String sellerId,
            @PathVariable String sku,
            @RequestParam(required = false) String marketplaceIds,
            @RequestParam(required = false) String includedData,
            @RequestParam(required = false) String mode,
            @RequestParam(required = false) String issueLocale,
            @RequestBody(required = false) JsonNode body) {
        Seller seller = seller(request, sellerId);
        List<String> markets = Params.csv(marketplaceIds);
        ListingsRequests.marketplaces(seller, markets, null);
        List<String> data = submissionData(includedData, mode);
        List<Submission.Patch> patches = ListingsRequests.patchBody(body);
        Submission submission =
                new Submission(sellerId, sku, "PATCH", body.get("productType").asText(), null, null, patches, markets);
        return submit(submission, mode, data);
    }

    @PutMapping(path = "/{sellerId}/{sku}", consumes = MediaType.APPLICATION_JSON_VALUE)
    ObjectNode putListingsItem(
            HttpServletRequest request,
            @PathVariable String sellerId,
            @PathVariable String sku,
            @RequestParam(required = false) String marketplaceIds,
            @RequestParam(required = false) String includedData,
            @RequestParam(required = false) String mode,
            @RequestParam(required = false) String issueLocale,
            @RequestBody(required = false) JsonNode body) {
        Seller seller = seller(request, sellerId);
        List<String> markets = Params.csv(marketplaceIds);
        ListingsRequests.marketplaces(seller, markets, 1);
        List<String> data = submissionData(includedData, mode);
        ObjectNode attributes = ListingsRequests.putBody(body);
        String requirements =
                body.has("requirements") ? body.get("requirements").asText() : "LISTING";
        Submission submission = new Submission(
                sellerId, sku, "UPDATE", body.get("productType").asText(), requirements, attributes, null, markets);
        return submit(submission, mode, data);
    }

    @DeleteMapping("/{sellerId}/{sku}")
    ObjectNode deleteListingsItem(
            HttpServletRequest request,
            @PathVariable String sellerId,
            @PathVariable String sku,
            @RequestParam(required = false) String marketplaceIds,
            @RequestParam(required = false) String issueLocale) {
        Seller seller = seller(request, sellerId);
        List<String> markets = Params.csv(marketplaceIds);
        ListingsRequests.marketplaces(seller, markets, 1);
        return submit(new Submission(sellerId, sku, "DELETE", null, null, null, null, markets), null, List.of());
    }

    private ObjectNode submit(Submission submission, String mode, List<String> data) {
        boolean preview = "VALIDATION_PREVIEW".equals(mode);
        Instant now = clock.now();
        Plan plan = planner.plan(submission, now);
        String submissionId = UUID.randomUUID().toString();
        ObjectNode response = json.createObjectNode();
        response.put("sku", submission.sku());
        response.put("status", !plan.accepted() ? "INVALID" : preview ? "VALID" : "ACCEPTED");
        response.put("submissionId", submissionId);
        if (data.contains("issues")) {
            response.set("issues", json.valueToTree(plan.issues()));
        }
        if (preview && data.contains("identifiers") && plan.asin() != null) {
            ArrayNode identifiers = response.putArray("identifiers");
            submission
                    .marketplaceIds()
                    .forEach(mp ->
                            identifiers.addObject().put("marketplaceId", mp).put("asin", plan.asin()));
        }
        if (!preview && plan.accepted()) {
            propagation.accepted(
                    submission.sellerId(),
                    submission.sku(),
                    submission.marketplaceIds(),
                    plan,
                    "listings:" + submissionId,
                    now);
        }
        return response;
    }

    private Seller seller(HttpServletRequest request, String sellerId) {
        SpApiCaller.of(request).requireSeller(sellerId);
        return world.seller(sellerId).orElseThrow(() -> SpApiException.unauthorized("Unknown seller."));
    }

    private static List<String> includedData(String includedData) {
        List<String> data =
                Params.csvEnum(ListingsRequests.BAD_REQUEST, "includedData", includedData, ItemRenderer.DATASETS);
        return data.isEmpty() ? List.of("summaries") : data;
    }

    private static List<String> submissionData(String includedData, String mode) {
        Params.oneOf(ListingsRequests.BAD_REQUEST, "mode", mode, Set.of("VALIDATION_PREVIEW"));
        List<String> data = Params.csvEnum(ListingsRequests.BAD_REQUEST, "includedData", includedData, SUBMISSION_DATA);
        if (data.contains("identifiers") && mode == null) {
            throw ListingsRequests.bad("includedData=identifiers can only be requested with mode=VALIDATION_PREVIEW.");
        }
        return data.isEmpty() ? List.of("issues") : data;
    }

    private boolean matchesIdentifier(Listing listing, String type, List<String> ids) {
        return switch (type) {
            case "SKU" -> ids.contains(listing.sku());
            case "ASIN" -> ids.contains(listing.asin());
            case "EAN", "GTIN" ->
                world.catalogItem(listing.asin())
                        .map(CatalogItem::ean)
                        .filter(ids::contains)
                        .isPresent();
            default -> false;
        };
    }

    private boolean hasStatus(Listing listing, List<String> markets, String status) {
        return markets.stream()
                .filter(listing::listedIn)
                .anyMatch(mp -> health.status(listing, mp).contains(status));
    }

    private static String encodePageToken(int offset) {
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(("listings-page:" + offset).getBytes(StandardCharsets.UTF_8));
    }

    private static int decodePageToken(String token) {
        if (token == null) {
            return 0;
        }
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            if (decoded.startsWith("listings-page:")) {
                return Integer.parseInt(decoded.substring("listings-page:".length()));
            }
        } catch (IllegalArgumentException e) {
            // falls through to the error below
        }
        throw ListingsRequests.bad("Invalid pageToken.");
    }
}
