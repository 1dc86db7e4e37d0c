// SPDX-License-Identifier: Apache-2.0
package io.sellersync.api.orders;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.sellersync.api.EmulatedSeller;
import io.sellersync.messages.accounts.AccountId;
import io.sellersync.messages.orders.AmazonOrder;
import io.sellersync.messages.orders.AmazonOrderEvent;
import io.sellersync.messages.orders.AmazonOrderId;
import io.sellersync.messages.orders.FindOrderSyncStatusQuery;
import io.sellersync.messages.orders.OrderImportedEvent;
import io.sellersync.messages.orders.OrderSyncState;
import io.sellersync.messages.orders.OrderSyncStatusView;
import io.sellersync.messages.orders.OrderUpdatedEvent;
import io.sellersync.messages.orders.SyncOrdersCommand;
import io.sellersync.messages.sync.SyncCursorId;
import io.sellersync.messages.sync.SyncDataSet;
import io.sellersync.messages.sync.SyncWindowCompletedEvent;
import io.sellersync.messages.sync.SyncWindowKind;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;

/** What the order ITs share: starting a sync and waiting for its outcome, the orders as the event store has them. */
final class OrderSyncSupport {

    /** Orders per searchOrders page. */
    static final int PAGE = 100;

    private OrderSyncSupport() {}

    static Instant emulatorNow(EmulatedSeller seller) {
        return Instant.parse(seller.control("GET", "/clock", null).get("now").asText());
    }

    static OrderSyncStatusView status(QueryGateway queries, AccountId accountId) {
        return queries.query(
                        new FindOrderSyncStatusQuery(accountId),
                        ResponseTypes.multipleInstancesOf(OrderSyncStatusView.class))
                .join()
                .get(0);
    }

    /** Starts a sync and waits until it has finished; answers its final status (IDLE or FAILED). */
    static OrderSyncStatusView syncOnce(
            CommandGateway commands, QueryGateway queries, AccountId accountId, SyncWindowKind kind) {
        Instant before = Instant.now();
        commands.sendAndWait(new SyncOrdersCommand(accountId, kind));
        OrderSyncStatusView[] last = {null};
        await().atMost(Duration.ofMinutes(5))
                .pollInterval(Duration.ofMillis(250))
                .until(() -> {
                    OrderSyncStatusView s = status(queries, accountId);
                    last[0] = s;
                    return s.finishedAt() != null
                            && s.startedAt() != null
                            && !s.startedAt().isBefore(before)
                            && (s.state() == OrderSyncState.IDLE || s.state() == OrderSyncState.FAILED);
                });
        return last[0];
    }

    /** Syncs until a run succeeds (faults may fail some); answers how many runs failed on the way. */
    static int syncUntilDone(CommandGateway commands, QueryGateway queries, AccountId accountId, SyncWindowKind kind) {
        int failed = 0;
        for (int i = 0; i < 8; i++) {
            OrderSyncStatusView s = syncOnce(commands, queries, accountId, kind);
            if (s.state() == OrderSyncState.IDLE) {
                return failed;
            }
            failed++;
        }
        throw new AssertionError(
                "The order sync kept failing: " + status(queries, accountId).lastError());
    }

    /** The order as its events in the store have it now (null when never imported), and how many events. */
    record Stored(AmazonOrder order, int updates, List<Object> events) {}

    static Stored stored(EventStore events, AccountId accountId, String amazonOrderId) {
        AmazonOrder order = null;
        int updates = 0;
        List<Object> payloads = new ArrayList<>();
        var stream =
                events.readEvents(AmazonOrderId.of(accountId, amazonOrderId).value());
        while (stream.hasNext()) {
            DomainEventMessage<?> m = stream.next();
            Object p = m.getPayload();
            payloads.add(p);
            if (p instanceof OrderImportedEvent e) {
                order = e.order();
            } else if (p instanceof OrderUpdatedEvent e) {
                order = e.order();
                updates++;
            } else if (!(p instanceof AmazonOrderEvent)) {
                throw new AssertionError("unexpected event " + p);
            }
        }
        return new Stored(order, updates, payloads);
    }

    /** Every order of the seller in the emulator, by Amazon order id. */
    static Map<String, JsonNode> truth(EmulatedSeller seller) {
        Map<String, JsonNode> all = new HashMap<>();
        for (JsonNode o : seller.control("GET", "/orders?sellerId=" + seller.sellerId, null)) {
            all.put(o.get("orderId").asText(), o);
        }
        return all;
    }

    /** The grand total Amazon shows for an emulated order: items + shipping − promotion, each to the cent; 0 if cancelled. */
    static BigDecimal expectedTotal(JsonNode o) {
        if ("CANCELLED".equals(o.get("fulfillmentStatus").asText())) {
            return BigDecimal.ZERO;
        }
        BigDecimal items = BigDecimal.ZERO;
        for (JsonNode line : o.get("lines")) {
            items = items.add(line.get("unitPrice")
                    .decimalValue()
                    .multiply(BigDecimal.valueOf(line.get("quantity").asInt())));
        }
        return cents(items).add(cents(decimal(o, "shippingPrice"))).subtract(cents(decimal(o, "promotionDiscount")));
    }

    static BigDecimal decimal(JsonNode o, String field) {
        JsonNode v = o.get(field);
        return v == null || v.isNull() ? BigDecimal.ZERO : v.decimalValue();
    }

    static BigDecimal cents(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }

    /** The orders cursor's position as its events in the store have it; null before the first incremental window. */
    static Instant cursor(EventStore events, AccountId accountId) {
        Instant position = null;
        var stream =
                events.readEvents(SyncCursorId.of(accountId, SyncDataSet.ORDERS).value());
        while (stream.hasNext()) {
            if (stream.next().getPayload() instanceof SyncWindowCompletedEvent e && e.position() != null) {
                position = e.position();
            }
        }
        return position;
    }
}
