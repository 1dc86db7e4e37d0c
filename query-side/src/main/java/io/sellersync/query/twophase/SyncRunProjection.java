// SPDX-License-Identifier: Apache-2.0
package io.sellersync.query.twophase;

import io.sellersync.messages.feed.FeedEvent;
import io.sellersync.messages.feed.FeedMessage;
import io.sellersync.messages.twophase.FindSyncRunQuery;
import io.sellersync.messages.twophase.ListSyncRunSkusQuery;
import io.sellersync.messages.twophase.ListSyncRunsQuery;
import io.sellersync.messages.twophase.QuantityPhaseDeferredEvent;
import io.sellersync.messages.twophase.QuantityPhaseStartedEvent;
import io.sellersync.messages.twophase.RescueStep;
import io.sellersync.messages.twophase.RunOutcome;
import io.sellersync.messages.twophase.RunSkuState;
import io.sellersync.messages.twophase.SettledSku;
import io.sellersync.messages.twophase.SkuOffer;
import io.sellersync.messages.twophase.SkuPricesLiveEvent;
import io.sellersync.messages.twophase.SkuRescueRequestedEvent;
import io.sellersync.messages.twophase.SkuRescueStepRecordedEvent;
import io.sellersync.messages.twophase.SkusSettledEvent;
import io.sellersync.messages.twophase.SyncRunId;
import io.sellersync.messages.twophase.SyncRunPage;
import io.sellersync.messages.twophase.SyncRunSkuPage;
import io.sellersync.messages.twophase.SyncRunView;
import io.sellersync.messages.twophase.TwoPhaseSyncCompletedEvent;
import io.sellersync.messages.twophase.TwoPhaseSyncFailedEvent;
import io.sellersync.messages.twophase.TwoPhaseSyncPartialEvent;
import io.sellersync.messages.twophase.TwoPhaseSyncStartedEvent;
import io.sellersync.query.twophase.SyncRunTables.Move;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.springframework.stereotype.Component;

/**
 * Two-phase runs for History, the run page and the live progress panel: each run with its step and its SKUs counted
 * by state, each SKU with what happened to it and when. Replayable; every write is absolute and every timeline step is
 * keyed by its event, so a redelivered event changes nothing. Every change pushes the run's summary to subscribers.
 */
@Component
@ProcessingGroup(SyncRunProjection.GROUP)
public class SyncRunProjection {

    public static final String GROUP = "sync-runs";

    private static final int MAX_PAGE = 500;

    private final SyncRunTables tables;
    private final QueryUpdateEmitter emitter;

    SyncRunProjection(SyncRunTables tables, QueryUpdateEmitter emitter) {
        this.tables = tables;
        this.emitter = emitter;
    }

    @EventHandler
    void on(TwoPhaseSyncStartedEvent event, EventMessage<?> message) {
        tables.insert(event, message.getIdentifier());
        changed(event.runId(), event.startedAt());
    }

    @EventHandler
    void on(SkuPricesLiveEvent event, EventMessage<?> message) {
        List<Move> moves = new ArrayList<>();
        for (SkuOffer offer : event.skus()) {
            moves.add(new Move(
                    offer.sku(),
                    RunSkuState.PRICE_LIVE,
                    null,
                    offer.price(),
                    offer.quantity(),
                    "new price " + offer.price() + " live" + quantity(offer.quantity())));
        }
        tables.move(event.runId(), message.getIdentifier(), event.at(), moves);
        changed(event.runId(), event.at());
    }

    @EventHandler
    void on(QuantityPhaseStartedEvent event, EventMessage<?> message) {
        tables.quantityFeed(event.runId(), event.quantityFeedId());
        tables.note(event.runId(), null, event.at());
        String feed = "feed " + FeedEvent.shortId(event.quantityFeedId())
                + (event.attempt() > 1 ? " (attempt " + event.attempt() + ")" : "");
        List<Move> moves = new ArrayList<>();
        for (FeedMessage m : event.messages()) {
            moves.add(new Move(
                    m.sku(),
                    RunSkuState.QUANTITY_PENDING,
                    null,
                    null,
                    null,
                    "quantity phase: live quantity + " + m.unitsAdded() + (m.unitsAdded() == 1 ? " unit" : " units")
                            + " sent in " + feed));
        }
        tables.move(event.runId(), message.getIdentifier(), event.at(), moves);
        changed(event.runId(), event.at());
    }

    @EventHandler
    void on(QuantityPhaseDeferredEvent event) {
        tables.note(
                event.runId(),
                "The quantity feed could not be built (attempt %d): %s; trying again"
                        .formatted(event.attempt(), event.reason()),
                event.at());
        changed(event.runId(), event.at());
    }

    @EventHandler
    void on(SkuRescueRequestedEvent event, EventMessage<?> message) {
        String what = event.step() == RescueStep.ZERO_AND_PRICE
                ? "rescue %d: Amazon showed the quantity with a missing or wrong price; quantity set to 0 and price %s patched"
                        .formatted(event.attempt(), event.price())
                : "rescue %d: price %s live again; quantity restored to %d"
                        .formatted(event.attempt(), event.price(), event.quantity());
        tables.move(
                event.runId(),
                message.getIdentifier(),
                event.at(),
                List.of(new Move(event.sku(), RunSkuState.RESCUING, null, null, null, what)));
        changed(event.runId(), event.at());
    }

    @EventHandler
    void on(SkuRescueStepRecordedEvent event, EventMessage<?> message) {
        String what = event.accepted() ? "Amazon accepted the patch" : "Amazon refused the patch: " + event.reason();
        tables.move(
                event.runId(),
                message.getIdentifier(),
                event.at(),
                List.of(new Move(event.sku(), null, null, null, null, what)));
        changed(event.runId(), event.at());
    }

    @EventHandler
    void on(SkusSettledEvent event, EventMessage<?> message) {
        List<Move> moves = new ArrayList<>();
        for (SettledSku sku : event.skus()) {
            String what = sku.state() == RunSkuState.VERIFIED
                    ? "verified live: " + (sku.observedPrice() == null ? "" : sku.observedPrice())
                            + quantity(sku.observedQuantity())
                    : sku.reason();
            moves.add(
                    new Move(sku.sku(), sku.state(), sku.reason(), sku.observedPrice(), sku.observedQuantity(), what));
        }
        tables.move(event.runId(), message.getIdentifier(), event.at(), moves);
        changed(event.runId(), event.at());
    }

    @EventHandler
    void on(TwoPhaseSyncCompletedEvent event) {
        tables.ended(event.runId(), RunOutcome.COMPLETED, null, event.at());
        changed(event.runId(), event.at());
    }

    @EventHandler
    void on(TwoPhaseSyncPartialEvent event) {
        tables.ended(
                event.runId(),
                RunOutcome.PARTIAL,
                "%d SKU(s) held, %d failed".formatted(event.held(), event.failed()),
                event.at());
        changed(event.runId(), event.at());
    }

    @EventHandler
    void on(TwoPhaseSyncFailedEvent event) {
        tables.ended(event.runId(), RunOutcome.FAILED, event.reason(), event.at());
        changed(event.runId(), event.at());
    }

    @ResetHandler
    void reset() {
        tables.deleteAll();
    }

    @QueryHandler
    SyncRunView handle(FindSyncRunQuery query) {
        return tables.find(query.runId());
    }

    @QueryHandler
    SyncRunPage handle(ListSyncRunsQuery query) {
        StringBuilder where = new StringBuilder();
        List<Object> args = new ArrayList<>();
        if (query.accountId() != null) {
            where.append(" where account_id = ?");
            args.add(query.accountId().value());
        }
        if (query.marketplaceId() != null) {
            where.append(args.isEmpty() ? " where" : " and").append(" marketplace_id = ?");
            args.add(query.marketplaceId().value());
        }
        if (query.inFlightOnly()) {
            where.append(args.isEmpty() ? " where" : " and").append(" outcome is null");
        }
        int size = Math.max(1, Math.min(MAX_PAGE, query.size()));
        int page = Math.max(0, query.page());
        return new SyncRunPage(tables.list(where.toString(), args, page, size), tables.count(where.toString(), args));
    }

    @QueryHandler
    SyncRunSkuPage handle(ListSyncRunSkusQuery query) {
        int size = Math.max(1, Math.min(MAX_PAGE, query.size()));
        int page = Math.max(0, query.page());
        return new SyncRunSkuPage(
                tables.skus(query.runId(), query.state(), page, size), tables.countSkus(query.runId(), query.state()));
    }

    private void changed(SyncRunId runId, Instant at) {
        tables.recount(runId, at);
        SyncRunView view = tables.find(runId);
        if (view != null) {
            emitter.emit(FindSyncRunQuery.class, q -> q.runId().equals(runId), view);
        }
    }

    private static String quantity(Integer quantity) {
        return quantity == null ? "" : " (quantity " + quantity + ")";
    }
}
