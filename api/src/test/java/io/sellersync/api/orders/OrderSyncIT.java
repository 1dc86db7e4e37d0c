// SPDX-License-Identifier: Apache-2.0
package io.sellersync.api.orders;

import static io.sellersync.api.orders.OrderSyncSupport.emulatorNow;
import static io.sellersync.api.orders.OrderSyncSupport.expectedTotal;
import static io.sellersync.api.orders.OrderSyncSupport.status;
import static io.sellersync.api.orders.OrderSyncSupport.stored;
import static io.sellersync.api.orders.OrderSyncSupport.syncUntilDone;
import static io.sellersync.api.orders.OrderSyncSupport.truth;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.sellersync.api.EmulatedSeller;
import io.sellersync.api.accounts.AccountConnections;
import io.sellersync.api.finances.EmulatorClock;
import io.sellersync.integration.orders.BuyerData;
import io.sellersync.integration.orders.BuyerDataTable;
import io.sellersync.messages.accounts.AccountView;
import io.sellersync.messages.accounts.FindAccountQuery;
import io.sellersync.messages.orders.AmazonOrder;
import io.sellersync.messages.orders.AmazonOrderId;
import io.sellersync.messages.orders.BackfillOrdersCommand;
import io.sellersync.messages.orders.FulfillmentChannel;
import io.sellersync.messages.orders.ListOrderBackfillsQuery;
import io.sellersync.messages.orders.OrderBackfillView;
import io.sellersync.messages.orders.OrderItem;
import io.sellersync.messages.orders.OrderStatus;
import io.sellersync.messages.orders.OrderSyncState;
import io.sellersync.messages.orders.OrderSyncStatusView;
import io.sellersync.messages.sync.SyncWindowKind;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * Days of trading at the emulator — ten days of history, buyers active, orders moving from pending to unshipped to
 * shipped or cancelled, throttling and server errors injected on {@code searchOrders} and {@code getOrder} — synced
 * incrementally several times a day (the first run is the first sync of the last 90 days), with a daily sweep. The
 * orders in the event store must equal the emulator's ground truth exactly: count, status, channel, marketplace,
 * times, items (ASIN, SKU, quantity, unit and line price) and totals to the cent, including orders updated inside an
 * overlap window and orders changed after they were first seen. Then a run interrupted in the middle of its window
 * leaves the cursor where it was and the next run catches up; and an access token expiring in the middle of a run is
 * fetched anew without failing the run. A backfill reads a range by creation time with its progress and adds nothing
 * that is there already. Finally no buyer name, email or postcode is in any event, snapshot or saga,
 * while the PII table has them, and purges them 30 days after delivery.
 */
@OrdersIntegrationTest
@TestPropertySource(properties = "SELLERSYNC_DATA_DIR=${java.io.tmpdir}/sellersync-orders-sync-it")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OrderSyncIT {

    static final String START = "2026-03-02T10:00:00Z";
    static final String FAULTS = "{\"operations\": {"
            + "\"searchOrders\": {\"throttle\": 0.15, \"internalError\": 0.1, \"unavailable\": 0.05,"
            + " \"truncatedBody\": 0.03, \"droppedConnection\": 0.0, \"latencyMillis\": 0},"
            + "\"getOrder\": {\"throttle\": 0.15, \"internalError\": 0.1, \"unavailable\": 0.05,"
            + " \"truncatedBody\": 0.0, \"droppedConnection\": 0.0, \"latencyMillis\": 0}}}";

    static {
        EmulatorClock.freshDatabase("sellersync-orders-sync-it");
    }

    private static EmulatedSeller seller;
    private static final List<Instant> cursors = new ArrayList<>();

    @Autowired
    AccountConnections connections;

    @Autowired
    CommandGateway commands;

    @Autowired
    QueryGateway queries;

    @Autowired
    EventStore events;

    @Autowired
    BuyerDataTable buyers;

    @Autowired
    JdbcTemplate jdbc;

    @AfterAll
    static void stop() {
        EmulatorClock.follow(null);
        if (seller != null) {
            seller.close();
            seller = null;
        }
    }

    @Test
    @Order(1)
    void daysOfTradingWithFaultsSyncedSeveralTimesADayEqualTheEmulatorsGroundTruthExactly() {
        EmulatorClock.follow(() -> seller == null ? Instant.parse(START) : emulatorNow(seller));
        seller = new EmulatedSeller(
                connections,
                "Orders IT seller",
                Map.of("start-time", START, "seed", "23", "history-days", "10", "buyers-per-hour", "4"));
        await().atMost(Duration.ofSeconds(20))
                .until(() -> queries.query(
                                new FindAccountQuery(seller.accountId),
                                ResponseTypes.optionalInstanceOf(AccountView.class))
                        .join()
                        .isPresent());
        assertThat(truth(seller)).as("the emulator's history").isNotEmpty();
        seller.control("PUT", "/faults", FAULTS);

        int failedRuns = syncUntilDone(commands, queries, seller.accountId, SyncWindowKind.INCREMENTAL);
        cursors.add(cursor());
        for (int day = 1; day <= 3; day++) {
            seller.control("PUT", "/buyers", "{\"purchasesPerHour\": 12}");
            for (int step = 0; step < 3; step++) {
                seller.advance(8 * 3600);
                failedRuns += syncUntilDone(commands, queries, seller.accountId, SyncWindowKind.INCREMENTAL);
                cursors.add(cursor());
            }
            failedRuns += syncUntilDone(commands, queries, seller.accountId, SyncWindowKind.SWEEP);
        }
        seller.control("PUT", "/buyers", "{\"purchasesPerHour\": 0}");
        seller.control("DELETE", "/faults", null);
        seller.advance(600);
        syncUntilDone(commands, queries, seller.accountId, SyncWindowKind.INCREMENTAL);
        Instant cursor = cursor();
        cursors.add(cursor);

        Map<String, JsonNode> truth = truth(seller);
        int compared = 0;
        int updatedAfterFirstSeen = 0;
        int insideOverlap = 0;
        for (JsonNode t : truth.values()) {
            String id = t.get("orderId").asText();
            Instant created = Instant.parse(t.get("createdTime").asText());
            Instant updated = Instant.parse(t.get("lastUpdatedTime").asText());
            if (!created.isBefore(cursor)) {
                continue;
            }
            OrderSyncSupport.Stored mine = stored(events, seller.accountId, id);
            assertThat(mine.order()).as("order %s in the event store", id).isNotNull();
            if (!updated.isBefore(cursor)) {
                continue;
            }
            assertSame(t, mine.order());
            compared++;
            if (mine.updates() > 0) {
                updatedAfterFirstSeen++;
            }
            if (cursors.stream()
                    .anyMatch(c -> !updated.isBefore(c.minus(Duration.ofMinutes(10))) && updated.isBefore(c))) {
                insideOverlap++;
            }
        }
        assertThat(compared).as("orders compared").isGreaterThan(100);
        assertThat(updatedAfterFirstSeen)
                .as("orders changed after they were first seen")
                .isGreaterThan(0);
        assertThat(insideOverlap).as("orders updated inside an overlap window").isGreaterThan(0);
        assertThat(truth.values())
                .extracting(t -> t.get("fulfillmentStatus").asText())
                .contains("UNSHIPPED", "SHIPPED", "CANCELLED");
        JsonNode rereads = seller.control("GET", "/calls?operation=getOrder", null);
        assertThat(rereads).as("orders awaiting dispatch re-read with getOrder").isNotEmpty();
        JsonNode searches = seller.control("GET", "/calls?operation=searchOrders", null);
        for (JsonNode call : searches) {
            String query = call.get("query").asText();
            assertThat(query).contains("maxResultsPerPage=100");
            if (!query.contains("paginationToken=") || query.contains("lastUpdatedAfter=")) {
                assertThat(query)
                        .contains("marketplaceIds=" + seller.marketplaces.get(0).value());
            }
        }
        System.out.printf(
                "OrderSyncIT: %d orders compared, %d updated after first seen, %d inside an overlap, %d failed runs%n",
                compared, updatedAfterFirstSeen, insideOverlap, failedRuns);
    }

    @Test
    @Order(2)
    void aRunInterruptedInTheMiddleOfItsWindowLeavesTheCursorAndTheNextRunCatchesUp() {
        seller.control("PUT", "/buyers", "{\"purchasesPerHour\": 40}");
        seller.advance(12 * 3600);
        seller.control("PUT", "/buyers", "{\"purchasesPerHour\": 0}");
        seller.advance(600);
        Instant before = cursor();
        seller.control(
                "PUT",
                "/faults",
                "{\"operations\": {\"searchOrders\": {\"throttle\": 0, \"internalError\": 0, \"unavailable\": 0,"
                        + " \"truncatedBody\": 0, \"droppedConnection\": 0, \"latencyMillis\": 700}}}");
        Instant started = Instant.now();
        commands.sendAndWait(
                new io.sellersync.messages.orders.SyncOrdersCommand(seller.accountId, SyncWindowKind.INCREMENTAL));
        await().atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofMillis(50))
                .until(() -> {
                    OrderSyncStatusView s = status(queries, seller.accountId);
                    return s.startedAt() != null
                            && !s.startedAt().isBefore(started)
                            && s.orders() >= OrderSyncSupport.PAGE;
                });
        seller.control(
                "PUT",
                "/faults",
                "{\"operations\": {\"searchOrders\": {\"throttle\": 0, \"internalError\": 1.0, \"unavailable\": 0,"
                        + " \"truncatedBody\": 0, \"droppedConnection\": 0, \"latencyMillis\": 0}}}");
        OrderSyncStatusView interrupted = await().atMost(Duration.ofMinutes(5))
                .pollInterval(Duration.ofMillis(250))
                .until(
                        () -> status(queries, seller.accountId),
                        s -> s.finishedAt() != null
                                && !s.startedAt().isBefore(started)
                                && s.state() != OrderSyncState.RUNNING);
        assertThat(interrupted.state()).isEqualTo(OrderSyncState.FAILED);
        assertThat(interrupted.orders())
                .as("orders read before the interruption")
                .isGreaterThanOrEqualTo(OrderSyncSupport.PAGE);
        assertThat(cursor()).as("the cursor stays where it was").isEqualTo(before);

        seller.control("DELETE", "/faults", null);
        syncUntilDone(commands, queries, seller.accountId, SyncWindowKind.INCREMENTAL);
        assertThat(cursor()).isAfter(before);
        assertEveryOrderUpToTheCursorIsExact();
    }

    @Test
    @Order(3)
    void anAccessTokenExpiringInTheMiddleOfARunIsFetchedAnewAndTheRunCompletes() {
        seller.control("PUT", "/buyers", "{\"purchasesPerHour\": 40}");
        seller.advance(12 * 3600);
        seller.control("PUT", "/buyers", "{\"purchasesPerHour\": 0}");
        seller.advance(600);
        Instant before = cursor();
        seller.control(
                "PUT",
                "/faults",
                "{\"operations\": {\"searchOrders\": {\"throttle\": 0, \"internalError\": 0, \"unavailable\": 0,"
                        + " \"truncatedBody\": 0, \"droppedConnection\": 0, \"latencyMillis\": 700}}}");
        Instant started = Instant.now();
        commands.sendAndWait(
                new io.sellersync.messages.orders.SyncOrdersCommand(seller.accountId, SyncWindowKind.INCREMENTAL));
        await().atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofMillis(50))
                .until(() -> {
                    OrderSyncStatusView s = status(queries, seller.accountId);
                    return s.startedAt() != null && !s.startedAt().isBefore(started) && s.pages() >= 1;
                });
        seller.control("POST", "/tokens/expire", "{}");
        OrderSyncStatusView done = await().atMost(Duration.ofMinutes(5))
                .pollInterval(Duration.ofMillis(250))
                .until(
                        () -> status(queries, seller.accountId),
                        s -> s.finishedAt() != null
                                && !s.startedAt().isBefore(started)
                                && s.state() != OrderSyncState.RUNNING);
        seller.control("DELETE", "/faults", null);
        assertThat(done.state()).as(String.valueOf(done.lastError())).isEqualTo(OrderSyncState.IDLE);
        assertThat(done.pages()).isGreaterThanOrEqualTo(2);
        assertThat(cursor()).isAfter(before);
        assertThat(queries.query(
                                new FindAccountQuery(seller.accountId),
                                ResponseTypes.optionalInstanceOf(AccountView.class))
                        .join()
                        .orElseThrow()
                        .needsReauthorization())
                .as("an expired access token is not a lost authorization")
                .isNull();
        assertEveryOrderUpToTheCursorIsExact();
    }

    @Test
    @Order(4)
    void aBackfillReadsAnyRangeByCreationTimeInWindowsWithProgressAndChangesOnlyWhatIsNewer() {
        Instant to = cursor();
        Instant from = Instant.parse(START).minus(Duration.ofDays(12));
        long indexBefore = lastIndex();
        String id = "backfill-" + java.util.UUID.randomUUID();
        assertThat(commands.<String>sendAndWait(new BackfillOrdersCommand(id, seller.accountId, from, to)))
                .isEqualTo(id);
        OrderBackfillView done = await().atMost(Duration.ofMinutes(5))
                .pollInterval(Duration.ofMillis(500))
                .until(
                        () -> backfills().stream()
                                .filter(b -> b.backfillId().equals(id))
                                .findFirst()
                                .orElseThrow(),
                        b -> "DONE".equals(b.state()));
        assertThat(done.percent()).isEqualTo(100);
        assertThat(done.position()).isEqualTo(to);
        long created = truth(seller).values().stream()
                .map(t -> Instant.parse(t.get("createdTime").asText()))
                .filter(t -> !t.isBefore(from) && t.isBefore(to))
                .count();
        assertThat(done.orders()).as("orders the backfill saw").isEqualTo(created);
        assertThat(seller.control("GET", "/calls?operation=searchOrders", null).toString())
                .contains("createdAfter=");
        // the orders the incremental windows read have no new event; only orders Amazon changed at or after the last
        // incremental window's end have one (the backfill, by creation time, shows their current state: imported if
        // never seen, updated if seen older)
        Map<String, JsonNode> now = truth(seller);
        List<Map<String, Object>> fresh = jdbc.queryForList(
                "select aggregate_identifier, payload_type from domain_event_entry"
                        + " where type = 'AmazonOrderAggregate' and global_index > ?",
                indexBefore);
        for (Map<String, Object> row : fresh) {
            String amazonId = row.get("aggregate_identifier").toString().replaceFirst("^.*@", "");
            assertThat(Instant.parse(now.get(amazonId).get("lastUpdatedTime").asText()))
                    .as(
                            "order %s has a new %s only because Amazon changed it after the cursor",
                            amazonId, row.get("payload_type"))
                    .isAfterOrEqualTo(to);
        }
        assertThatBackfillRefusesARangeEndingTooLate();
    }

    private long lastIndex() {
        Long n = jdbc.queryForObject("select coalesce(max(global_index), 0) from domain_event_entry", Long.class);
        return n == null ? 0 : n;
    }

    private void assertThatBackfillRefusesARangeEndingTooLate() {
        Instant now = emulatorNow(seller);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> commands.sendAndWait(new BackfillOrdersCommand(
                        "late-" + java.util.UUID.randomUUID(), seller.accountId, now.minus(Duration.ofDays(1)), now)))
                .hasMessageContaining("end the range by");
    }

    private List<OrderBackfillView> backfills() {
        return queries.query(
                        new ListOrderBackfillsQuery(seller.accountId),
                        ResponseTypes.multipleInstancesOf(OrderBackfillView.class))
                .join();
    }

    @Test
    @Order(5)
    void noBuyerDataIsInAnyEventPayloadItIsInThePiiTableAndPurgedThirtyDaysAfterDelivery() {
        Map<String, JsonNode> truth = truth(seller);
        List<String> pii = new ArrayList<>();
        int kept = 0;
        for (JsonNode t : truth.values()) {
            // names and emails as they are; postcodes and cities as JSON strings ("80331" is also part of numbers)
            for (String field : List.of("buyerName", "buyerEmail", "postalCode", "city")) {
                JsonNode v = t.get(field);
                if (v != null && !v.isNull() && v.asText().length() >= 4) {
                    pii.add(field.equals("postalCode") || field.equals("city") ? "\"" + v.asText() + "\"" : v.asText());
                }
            }
            if (buyers.find(AmazonOrderId.of(seller.accountId, t.get("orderId").asText()))
                    .isPresent()) {
                kept++;
            }
        }
        assertThat(pii)
                .as("the emulator's buyers have names, emails and postcodes")
                .isNotEmpty();
        assertThat(kept).as("orders whose buyer data is in the PII table").isGreaterThan(100);
        JsonNode any = truth.values().iterator().next();
        BuyerData sample = buyers.find(
                        AmazonOrderId.of(seller.accountId, any.get("orderId").asText()))
                .orElseThrow();
        assertThat(sample.buyerName()).isEqualTo(any.get("buyerName").asText());
        assertThat(sample.buyerEmail()).isEqualTo(any.get("buyerEmail").asText());
        assertThat(sample.postalCode()).isEqualTo(any.get("postalCode").asText());

        int[] payloads = {0};
        for (String table : List.of("domain_event_entry", "snapshot_event_entry", "saga_entry")) {
            jdbc.query("select * from " + table, rs -> {
                String payload = new String(
                        rs.getBytes(table.equals("saga_entry") ? "serialized_saga" : "payload"),
                        StandardCharsets.UTF_8);
                byte[] meta = table.equals("saga_entry") ? null : rs.getBytes("meta_data");
                String metadata = meta == null ? "" : new String(meta, StandardCharsets.UTF_8);
                payloads[0]++;
                for (String value : pii) {
                    if (payload.contains(value) || metadata.contains(value)) {
                        throw new AssertionError(table + " holds buyer data \"" + value + "\": " + payload);
                    }
                }
            });
        }
        assertThat(payloads[0]).isGreaterThan(truth.size());

        Instant now = emulatorNow(seller);
        long before = buyers.count();
        int purged = buyers.purge(now.minus(Duration.ofDays(30)));
        assertThat(buyers.count()).isEqualTo(before - purged);
        seller.advance(40L * 24 * 3600);
        int later = buyers.purge(emulatorNow(seller).minus(Duration.ofDays(30)));
        assertThat(later)
                .as("buyer data of delivered orders purged 30 days after delivery")
                .isGreaterThan(0);
        Instant cursor = cursor();
        for (JsonNode t : truth.values()) {
            if (!Instant.parse(t.get("lastUpdatedTime").asText()).isBefore(cursor)) {
                continue;
            }
            if (!"SHIPPED".equals(t.get("fulfillmentStatus").asText())
                    && !"CANCELLED".equals(t.get("fulfillmentStatus").asText())) {
                continue;
            }
            assertThat(buyers.find(
                            AmazonOrderId.of(seller.accountId, t.get("orderId").asText())))
                    .as(
                            "buyer data of %s (%s, updated %s), delivered or cancelled over 30 days ago",
                            t.get("orderId").asText(),
                            t.get("fulfillmentStatus").asText(),
                            t.get("lastUpdatedTime").asText())
                    .isEmpty();
        }
    }

    private void assertEveryOrderUpToTheCursorIsExact() {
        Instant cursor = cursor();
        int compared = 0;
        for (JsonNode t : truth(seller).values()) {
            Instant updated = Instant.parse(t.get("lastUpdatedTime").asText());
            if (updated.isBefore(cursor)) {
                OrderSyncSupport.Stored mine =
                        stored(events, seller.accountId, t.get("orderId").asText());
                assertSame(t, mine.order());
                compared++;
            }
        }
        assertThat(compared).isGreaterThan(100);
    }

    static void assertSame(JsonNode t, AmazonOrder mine) {
        String id = t.get("orderId").asText();
        assertThat(mine).as("order %s", id).isNotNull();
        assertThat(mine.amazonOrderId()).isEqualTo(id);
        assertThat(mine.amazonStatus())
                .as(id)
                .isEqualTo(t.get("fulfillmentStatus").asText());
        assertThat(mine.status())
                .as(id)
                .isEqualTo(OrderStatus.fromAmazon(t.get("fulfillmentStatus").asText()));
        assertThat(mine.channel())
                .as(id)
                .isEqualTo(FulfillmentChannel.fromAmazon(t.get("fulfilledBy").asText()));
        assertThat(mine.marketplaceId().value())
                .as(id)
                .isEqualTo(t.get("marketplaceId").asText());
        assertThat(mine.purchaseDate())
                .as(id)
                .isEqualTo(Instant.parse(t.get("createdTime").asText()));
        assertThat(mine.lastUpdatedTime())
                .as(id)
                .isEqualTo(Instant.parse(t.get("lastUpdatedTime").asText()));
        assertThat(mine.total()).as(id + " total").isNotNull();
        assertThat(mine.total().currency().getCurrencyCode())
                .as(id)
                .isEqualTo(t.get("currency").asText());
        assertThat(mine.total().amount()).as(id + " total").isEqualByComparingTo(expectedTotal(t));
        assertThat(mine.items()).as(id).hasSize(t.get("lines").size());
        for (JsonNode line : t.get("lines")) {
            OrderItem item = mine.item(line.get("orderItemId").asText()).orElseThrow();
            int quantity = line.get("quantity").asInt();
            BigDecimal unit = line.get("unitPrice").decimalValue();
            assertThat(item.asin()).as(id).isEqualTo(line.get("asin").asText());
            assertThat(item.sellerSku()).as(id).isEqualTo(line.get("sku").asText());
            assertThat(item.quantityOrdered()).as(id).isEqualTo(quantity);
            assertThat(item.quantityShipped())
                    .as(id)
                    .isEqualTo("SHIPPED".equals(t.get("fulfillmentStatus").asText()) ? quantity : 0);
            assertThat(item.unitPrice().amount()).as(id).isEqualByComparingTo(unit);
            assertThat(item.linePrice().amount())
                    .as(id)
                    .isEqualByComparingTo(unit.multiply(BigDecimal.valueOf(quantity)));
            JsonNode promotion = t.get("promotionId");
            if (promotion != null && !promotion.isNull()) {
                assertThat(item.promotionIds()).as(id).containsExactly(promotion.asText());
            } else {
                assertThat(item.promotionIds()).as(id).isEmpty();
            }
        }
    }

    /** The cursor as its events in the store have it (the read model may lag behind by a moment). */
    private Instant cursor() {
        return OrderSyncSupport.cursor(events, seller.accountId);
    }
}
