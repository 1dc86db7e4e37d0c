// SPDX-License-Identifier: Apache-2.0
package io.sellersync.emulator.orders;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sellersync.emulator.clock.EmulatorClock;
import io.sellersync.emulator.spapi.Params;
import io.sellersync.emulator.spapi.SpApiCaller;
import io.sellersync.emulator.spapi.SpApiException;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Orders API 2026-01-01 with its search rules: exactly one of {@code createdAfter} / {@code lastUpdatedAfter}, no
 * mixing of the two families, timestamps at least two minutes in the past, at most 100 orders a page, and a
 * {@code paginationToken} that lives 24 hours and only works with the same filters.
 */
@RestController
@RequestMapping(path = "/orders/2026-01-01/orders", produces = MediaType.APPLICATION_JSON_VALUE)
class OrdersController {

    static final String INVALID = "InvalidInput";
    static final Duration SETTLE = Duration.ofMinutes(2);
    static final Duration TOKEN_LIFETIME = Duration.ofHours(24);
    private static final Set<String> STATUSES = Set.of(
            "PENDING_AVAILABILITY",
            "PENDING",
            "UNSHIPPED",
            "PARTIALLY_SHIPPED",
            "SHIPPED",
            "CANCELLED",
            "UNFULFILLABLE");
    private static final Set<String> INCLUDED = Set.of(
            "BUYER",
            "RECIPIENT",
            "PROCEEDS",
            "EXPENSE",
            "PROMOTION",
            "CANCELLATION",
            "FULFILLMENT",
            "PACKAGES",
            "TAX",
            "PAYMENT",
            "FULFILLMENT_ORDERS");

    /** The filters of a search; a pagination token only works with the very same ones. */
    private record Filters(
            String sellerId,
            String createdAfter,
            String createdBefore,
            String lastUpdatedAfter,
            String lastUpdatedBefore,
            List<String> statuses,
            List<String> marketplaceIds,
            List<String> fulfilledBy) {}

    private record Page(Filters filters, Instant before, int offset, Instant expiresAt) {}

    private final OrderBook orders;
    private final EmulatorClock clock;
    private final ObjectMapper json;
    private final OrderRenderer renderer;
    private final Map<String, Page> pages = new ConcurrentHashMap<>();

    OrdersController(OrderBook orders, EmulatorClock clock, ObjectMapper json, OrderRenderer renderer) {
        this.orders = orders;
        this.clock = clock;
        this.json = json;
        this.renderer = renderer;
    }

    @GetMapping
    ObjectNode searchOrders(
            HttpServletRequest request,
            @RequestParam(required = false) String createdAfter,
            @RequestParam(required = false) String createdBefore,
            @RequestParam(required = false) String lastUpdatedAfter,
            @RequestParam(required = false) String lastUpdatedBefore,
            @RequestParam(required = false) String fulfillmentStatuses,
            @RequestParam(required = false) String marketplaceIds,
            @RequestParam(required = false) String fulfilledBy,
            @RequestParam(required = false) String maxResultsPerPage,
            @RequestParam(required = false) String paginationToken,
            @RequestParam(required = false) String includedData) {
        SpApiCaller caller = SpApiCaller.of(request);
        Instant now = clock.now();
        Filters filters = new Filters(
                caller.sellerId(),
                createdAfter,
                createdBefore,
                lastUpdatedAfter,
                lastUpdatedBefore,
                Params.csvEnum(INVALID, "fulfillmentStatuses", fulfillmentStatuses, STATUSES),
                Params.csv(marketplaceIds),
                Params.csvEnum(INVALID, "fulfilledBy", fulfilledBy, Set.of("MERCHANT", "AMAZON")));
        List<String> included = Params.csvEnum(INVALID, "includedData", includedData, INCLUDED);
        int pageSize = Params.integer(INVALID, "maxResultsPerPage", maxResultsPerPage, 100, 1, 100);
        if (filters.marketplaceIds().size() > 50) {
            throw SpApiException.badRequest(INVALID, "marketplaceIds accepts at most 50 values.");
        }
        boolean byCreated = createdAfter != null;
        Instant after;
        Instant before;
        int offset;
        if (paginationToken != null) {
            Page page = pages.get(paginationToken);
            if (page == null || !page.filters().equals(filters)) {
                throw SpApiException.badRequest(
                        INVALID,
                        "Invalid paginationToken: it must be sent with the same parameters as the first request.");
            }
            if (!now.isBefore(page.expiresAt())) {
                throw SpApiException.badRequest(INVALID, "The paginationToken has expired.");
            }
            after = Instant.parse(Objects.requireNonNullElse(createdAfter, lastUpdatedAfter));
            before = page.before();
            offset = page.offset();
        } else {
            if ((createdAfter == null) == (lastUpdatedAfter == null)) {
                throw SpApiException.badRequest(
                        INVALID, "Exactly one of createdAfter or lastUpdatedAfter is required.");
            }
            if (byCreated ? lastUpdatedBefore != null : createdBefore != null) {
                throw SpApiException.badRequest(
                        INVALID,
                        "createdAfter/createdBefore and lastUpdatedAfter/lastUpdatedBefore cannot be combined.");
            }
            Instant latest = now.minus(SETTLE);
            after = byCreated
                    ? Params.dateTime(INVALID, "createdAfter", createdAfter)
                    : Params.dateTime(INVALID, "lastUpdatedAfter", lastUpdatedAfter);
            Instant given = byCreated
                    ? Params.dateTime(INVALID, "createdBefore", createdBefore)
                    : Params.dateTime(INVALID, "lastUpdatedBefore", lastUpdatedBefore);
            if (after.isAfter(latest) || (given != null && given.isAfter(latest))) {
                throw SpApiException.badRequest(INVALID, "Date-time filters must be at least 2 minutes in the past.");
            }
            if (given != null && given.isBefore(after)) {
                throw SpApiException.badRequest(INVALID, "The 'before' filter must not be earlier than the 'after'.");
            }
            before = given == null ? latest : given;
            offset = 0;
        }
        Instant from = after;
        Instant to = before;
        List<Order> matching = orders.of(caller.sellerId()).stream()
                .filter(o -> {
                    Instant t = byCreated ? o.createdTime() : o.lastUpdatedTime();
                    return !t.isBefore(from) && t.isBefore(to);
                })
                .filter(o -> filters.statuses().isEmpty() || filters.statuses().contains(o.fulfillmentStatus()))
                .filter(o -> filters.marketplaceIds().isEmpty()
                        || filters.marketplaceIds().contains(o.marketplaceId()))
                .filter(o ->
                        filters.fulfilledBy().isEmpty() || filters.fulfilledBy().contains(o.fulfilledBy()))
                .sorted(Comparator.comparing(byCreated ? Order::createdTime : Order::lastUpdatedTime)
                        .thenComparing(Order::orderId))
                .toList();
        int end = Math.min(matching.size(), offset + pageSize);
        ObjectNode result = json.createObjectNode();
        ArrayNode list = result.putArray("orders");
        if (offset < matching.size()) {
            matching.subList(offset, end).forEach(o -> list.add(renderer.render(o, included, now)));
        }
        if (end < matching.size()) {
            String token = UUID.randomUUID().toString().replace("-", "");
            pages.put(token, new Page(filters, before, end, now.plus(TOKEN_LIFETIME)));
            result.putObject("pagination").put("nextToken", token);
        }
        result.put(byCreated ? "createdBefore" : "lastUpdatedBefore", before.toString());
        return result;
    }

    @GetMapping("/{orderId}")
    ObjectNode getOrder(
            HttpServletRequest request,
            @PathVariable String orderId,
            @RequestParam(required = false) String includedData) {
        SpApiCaller caller = SpApiCaller.of(request);
        List<String> included = Params.csvEnum(INVALID, "includedData", includedData, INCLUDED);
        Order order = orders.find(orderId)
                .filter(o -> o.sellerId().equals(caller.sellerId()))
                .orElseThrow(() -> SpApiException.notFound("NotFound", "Order " + orderId + " not found."));
        ObjectNode result = json.createObjectNode();
        result.set("order", renderer.render(order, included, clock.now()));
        return result;
    }
}
