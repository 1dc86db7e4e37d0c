// SPDX-License-Identifier: Apache-2.0
package io.sellersync.emulator.finances;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sellersync.emulator.clock.EmulatorClock;
import io.sellersync.emulator.spapi.SpApiCaller;
import io.sellersync.emulator.spapi.SpApiException;
import io.sellersync.emulator.world.Marketplace;
import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Finances API 2024-06-19 {@code listTransactions} with its window rules: {@code postedAfter} required (unless an
 * order or financial event group is asked for), {@code postedBefore} at least two minutes ago, an empty result for a
 * window over 180 days, and a {@code nextToken} that needs the same arguments. Leaving out {@code marketplaceId} asks
 * for US merchant-fulfilled orders, which an EU seller has none of.
 */
@RestController
class FinancesController {

    static final String INVALID = "InvalidInput";
    static final int PAGE_SIZE = 50;
    static final Duration SETTLE = Duration.ofMinutes(2);
    static final Duration MAX_WINDOW = Duration.ofDays(180);
    static final String US = "ATVPDKIKX0DER";
    private static final Set<String> STATUSES = Set.of("DEFERRED", "RELEASED", "DEFERRED_RELEASED");
    private static final Set<String> FILTERABLE = Set.of("ORDER_ID", "FINANCIAL_EVENT_GROUP_ID");

    private record Query(
            String sellerId,
            String postedAfter,
            String postedBefore,
            String marketplaceId,
            String transactionStatus,
            String relatedIdentifierName,
            String relatedIdentifierValue) {}

    private record Page(Query query, int offset) {}

    private final Ledger ledger;
    private final EmulatorClock clock;
    private final ObjectMapper json;
    private final Map<String, Page> pages = new ConcurrentHashMap<>();

    FinancesController(Ledger ledger, EmulatorClock clock, ObjectMapper json) {
        this.ledger = ledger;
        this.clock = clock;
        this.json = json;
    }

    @GetMapping(path = "/finances/2024-06-19/transactions", produces = MediaType.APPLICATION_JSON_VALUE)
    ObjectNode listTransactions(
            HttpServletRequest request,
            @RequestParam(required = false) String postedAfter,
            @RequestParam(required = false) String postedBefore,
            @RequestParam(required = false) String marketplaceId,
            @RequestParam(required = false) String transactionStatus,
            @RequestParam(required = false) String relatedIdentifierName,
            @RequestParam(required = false) String relatedIdentifierValue,
            @RequestParam(required = false) String nextToken) {
        SpApiCaller caller = SpApiCaller.of(request);
        Query query = new Query(
                caller.sellerId(),
                postedAfter,
                postedBefore,
                marketplaceId,
                transactionStatus,
                relatedIdentifierName,
                relatedIdentifierValue);
        int offset = 0;
        if (nextToken != null) {
            Page page = pages.get(nextToken);
            if (page == null || !page.query().equals(query)) {
                throw SpApiException.badRequest(
                        INVALID, "Invalid nextToken: send the same arguments as the call that produced it.");
            }
            offset = page.offset();
        }
        boolean byIdentifier = relatedIdentifierName != null;
        if (byIdentifier && (!FILTERABLE.contains(relatedIdentifierName) || relatedIdentifierValue == null)) {
            throw SpApiException.badRequest(
                    INVALID,
                    "relatedIdentifierName must be ORDER_ID or FINANCIAL_EVENT_GROUP_ID, with relatedIdentifierValue.");
        }
        if (postedAfter == null && !byIdentifier) {
            throw SpApiException.badRequest(INVALID, "Start date cannot be null");
        }
        if (transactionStatus != null && !STATUSES.contains(transactionStatus)) {
            throw SpApiException.badRequest(INVALID, "Invalid transactionStatus " + transactionStatus + ".");
        }
        if (marketplaceId != null && Marketplace.byId(marketplaceId).isEmpty() && !US.equals(marketplaceId)) {
            throw SpApiException.badRequest(INVALID, "Invalid marketplaceId " + marketplaceId + ".");
        }
        Instant latest = clock.now().minus(SETTLE);
        Instant after = postedAfter == null ? Instant.EPOCH : date("postedAfter", postedAfter);
        Instant before = postedBefore == null ? latest : date("postedBefore", postedBefore);
        if (after.isAfter(latest) || before.isAfter(latest)) {
            throw SpApiException.badRequest(INVALID, "postedAfter and postedBefore must be at least 2 minutes ago.");
        }
        if (!before.isAfter(after)) {
            throw SpApiException.badRequest(INVALID, "postedBefore must be later than postedAfter.");
        }
        boolean windowTooLong =
                postedAfter != null && Duration.between(after, before).compareTo(MAX_WINDOW) > 0;
        String market = marketplaceId == null ? US : marketplaceId;
        List<Transaction> matching = windowTooLong
                ? List.of()
                : ledger.all().stream()
                        .filter(t -> t.sellerId().equals(caller.sellerId()))
                        .filter(t -> t.marketplaceId().equals(market))
                        .filter(t -> !t.postedDate().isBefore(after)
                                && t.postedDate().isBefore(before))
                        .filter(t -> transactionStatus == null || transactionStatus.equals(t.transactionStatus()))
                        .filter(t -> !byIdentifier
                                || ("ORDER_ID".equals(relatedIdentifierName)
                                        ? relatedIdentifierValue.equals(t.orderId())
                                        : relatedIdentifierValue.equals(t.financialEventGroupId())))
                        .sorted(Comparator.comparing(Transaction::postedDate).thenComparing(Transaction::transactionId))
                        .toList();
        int end = Math.min(matching.size(), offset + PAGE_SIZE);
        ObjectNode result = json.createObjectNode();
        ObjectNode payload = result.putObject("payload");
        ArrayNode list = payload.putArray("transactions");
        if (offset < matching.size()) {
            matching.subList(offset, end).forEach(t -> list.add(render(t)));
        }
        if (end < matching.size()) {
            String token = UUID.randomUUID().toString().replace("-", "");
            pages.put(token, new Page(query, end));
            payload.put("nextToken", token);
        }
        return result;
    }

    private ObjectNode render(Transaction t) {
        ObjectNode node = json.createObjectNode();
        node.putObject("sellingPartnerMetadata")
                .put("sellingPartnerId", t.sellerId())
                .put("accountType", "Standard Orders")
                .put("marketplaceId", t.marketplaceId());
        ArrayNode related = node.putArray("relatedIdentifiers");
        if (t.orderId() != null) {
            related.addObject().put("relatedIdentifierName", "ORDER_ID").put("relatedIdentifierValue", t.orderId());
        }
        if ("Refund".equals(t.transactionType())) {
            related.addObject()
                    .put("relatedIdentifierName", "REFUND_ID")
                    .put("relatedIdentifierValue", t.transactionId());
        }
        if ("Transfer".equals(t.transactionType())) {
            related.addObject()
                    .put("relatedIdentifierName", "TRANSFER_ID")
                    .put("relatedIdentifierValue", t.transactionId());
        }
        if (t.financialEventGroupId() != null) {
            related.addObject()
                    .put("relatedIdentifierName", "FINANCIAL_EVENT_GROUP_ID")
                    .put("relatedIdentifierValue", t.financialEventGroupId());
        }
        node.put("transactionType", t.transactionType());
        node.put("transactionId", t.transactionId());
        node.put("transactionStatus", t.transactionStatus());
        node.put("description", t.description());
        node.put("postedDate", t.postedDate().toString());
        currency(node.putObject("totalAmount"), t.totalAmount(), t.currency());
        node.putObject("marketplaceDetails")
                .put("marketplaceId", t.marketplaceId())
                .put(
                        "marketplaceName",
                        Marketplace.byId(t.marketplaceId())
                                .map(Marketplace::displayName)
                                .orElse(t.marketplaceId()));
        if (t.maturityDate() != null) {
            node.putArray("contexts")
                    .addObject()
                    .put("contextType", "DeferredContext")
                    .put("deferralReason", "DD7")
                    .put("maturityDate", t.maturityDate().toString());
        }
        if (t.sku() != null) {
            item(node, t);
        }
        breakdowns(node.putArray("breakdowns"), t.breakdowns(), t.currency());
        return node;
    }

    private static void item(ObjectNode node, Transaction t) {
        ObjectNode item = node.putArray("items").addObject();
        item.put("description", "Product");
        currency(item.putObject("totalAmount"), t.totalAmount(), t.currency());
        breakdowns(item.putArray("breakdowns"), t.breakdowns(), t.currency());
        item.putArray("contexts")
                .addObject()
                .put("contextType", "ProductContext")
                .put("asin", t.asin())
                .put("sku", t.sku())
                .put("quantityShipped", t.quantity())
                .put("fulfillmentNetwork", t.fulfillmentNetwork());
    }

    private static void breakdowns(ArrayNode into, List<Transaction.Breakdown> breakdowns, String currency) {
        for (Transaction.Breakdown b : breakdowns) {
            ObjectNode node = into.addObject();
            node.put("breakdownType", b.type());
            currency(node.putObject("breakdownAmount"), b.amount(), currency);
            if (!b.breakdowns().isEmpty()) {
                breakdowns(node.putArray("breakdowns"), b.breakdowns(), currency);
            }
        }
    }

    private static void currency(ObjectNode node, BigDecimal amount, String currency) {
        node.put("currencyCode", currency);
        node.put("currencyAmount", amount);
    }

    /** Accepts a date-time or, as the model's example does, a plain date (midnight UTC). */
    private static Instant date(String name, String value) {
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant();
            } catch (DateTimeParseException e2) {
                throw SpApiException.badRequest(INVALID, name + " must be an ISO 8601 date-time.");
            }
        }
    }
}
