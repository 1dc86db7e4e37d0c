// SPDX-License-Identifier: Apache-2.0
package io.sellersync.query.inventory;

import io.sellersync.messages.inventory.FindInventoryHistoryQuery;
import io.sellersync.messages.inventory.FindInventoryItemQuery;
import io.sellersync.messages.inventory.FindInventoryItemsByLocalSkuQuery;
import io.sellersync.messages.inventory.FindInventoryItemsQuery;
import io.sellersync.messages.inventory.InventoryHistoryEntryView;
import io.sellersync.messages.inventory.InventoryItemCreatedEvent;
import io.sellersync.messages.inventory.InventoryItemDetailsChangedEvent;
import io.sellersync.messages.inventory.InventoryItemId;
import io.sellersync.messages.inventory.InventoryItemPriceChangedEvent;
import io.sellersync.messages.inventory.InventoryItemStatusChangedEvent;
import io.sellersync.messages.inventory.InventoryItemView;
import io.sellersync.messages.inventory.InventoryPage;
import io.sellersync.messages.inventory.InventoryStatus;
import io.sellersync.messages.inventory.SearchInventoryQuery;
import io.sellersync.messages.orders.FindLinkCandidatesQuery;
import io.sellersync.messages.shared.AuditedEvent;
import io.sellersync.query.activity.ActivityProjection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * The inventory read model and its queries. Creation is an upsert keyed by item id and the other events set absolute
 * values, so a redelivered event changes nothing; a reset empties the table and a replay rebuilds it. Each change is
 * pushed to subscribers of that item ({@link FindInventoryItemQuery}), which is how pages wait for their own writes.
 *
 * <p>An item's history ({@link FindInventoryHistoryQuery}) is read from the event store, not from a read model: an
 * item's stream is short (a handful of events), the store is consistent with the command that was just handled (a
 * page shows the edit the seller just made), it carries the user in each event's metadata, and it needs no second
 * projection to exist or to have caught up (the activity read model can be mid-replay).
 */
@Component
@ProcessingGroup(InventoryProjection.GROUP)
public class InventoryProjection {

    public static final String GROUP = "inventory";

    private final InventoryItemRepository items;
    private final InventorySearch search;
    private final QueryUpdateEmitter emitter;
    private final EventStore eventStore;

    InventoryProjection(InventoryItemRepository items, QueryUpdateEmitter emitter, EventStore eventStore) {
        this.items = items;
        this.search = new InventorySearch(items);
        this.emitter = emitter;
        this.eventStore = eventStore;
    }

    @EventHandler
    void on(InventoryItemCreatedEvent event, @Timestamp Instant at) {
        if (!items.existsById(event.itemId().value())) {
            publish(items.save(new InventoryItemEntity(event, at)));
        }
    }

    @EventHandler
    void on(InventoryItemDetailsChangedEvent event, @Timestamp Instant at) {
        change(event.itemId(), item -> item.details(event, at));
    }

    @EventHandler
    void on(InventoryItemPriceChangedEvent event, @Timestamp Instant at) {
        change(event.itemId(), item -> item.price(event.newPrice(), at));
    }

    @EventHandler
    void on(InventoryItemStatusChangedEvent event, @Timestamp Instant at) {
        change(event.itemId(), item -> item.status(event.to(), at));
    }

    @ResetHandler
    void reset() {
        items.deleteAllInBatch();
    }

    @QueryHandler
    Optional<InventoryItemView> handle(FindInventoryItemQuery query) {
        return items.findById(query.itemId().value()).map(InventoryItemEntity::toView);
    }

    @QueryHandler
    List<InventoryItemView> handle(FindInventoryItemsQuery query) {
        List<String> ids =
                query.itemIds().stream().map(InventoryItemId::value).distinct().toList();
        return items.findAllById(ids).stream().map(InventoryItemEntity::toView).toList();
    }

    @QueryHandler
    List<InventoryItemView> handle(FindInventoryItemsByLocalSkuQuery query) {
        if (query.localSkus().isEmpty()) {
            return List.of();
        }
        return items.findByLocalSkuIn(query.localSkus()).stream()
                .map(InventoryItemEntity::toView)
                .toList();
    }

    /**
     * Order linking: the listed items an order item may have sold — local SKU equal to the seller SKU first, then
     * the same ASIN — each oldest first. The inventory item itself decides whether it still has units to sell.
     */
    @QueryHandler
    List<InventoryItemView> handle(FindLinkCandidatesQuery query) {
        int limit = Math.max(1, Math.min(query.limit(), 500));
        java.util.LinkedHashMap<String, InventoryItemView> found = new java.util.LinkedHashMap<>();
        if (query.sellerSku() != null && !query.sellerSku().isBlank()) {
            items.findByStatusAndLocalSkuOrderByCreatedAtAscItemIdAsc(
                            InventoryStatus.LISTED, query.sellerSku(), PageRequest.of(0, limit))
                    .forEach(e -> found.putIfAbsent(e.toView().itemId().value(), e.toView()));
        }
        if (found.size() < limit && query.asin() != null && !query.asin().isBlank()) {
            items.findByStatusAndAsinOrderByCreatedAtAscItemIdAsc(
                            InventoryStatus.LISTED, query.asin(), PageRequest.of(0, limit))
                    .forEach(e -> found.putIfAbsent(e.toView().itemId().value(), e.toView()));
        }
        return found.values().stream().limit(limit).toList();
    }

    @QueryHandler
    InventoryPage handle(SearchInventoryQuery query) {
        return search.page(query);
    }

    @QueryHandler
    List<InventoryHistoryEntryView> handle(FindInventoryHistoryQuery query) {
        List<InventoryHistoryEntryView> history = new ArrayList<>();
        eventStore.readEvents(query.itemId().value()).forEachRemaining(event -> history.add(entry(event)));
        return history;
    }

    private static InventoryHistoryEntryView entry(DomainEventMessage<?> event) {
        Object payload = event.getPayload();
        String description = payload instanceof AuditedEvent audited
                ? audited.describe()
                : payload.getClass().getSimpleName();
        return new InventoryHistoryEntryView(
                event.getTimestamp(), description, payload.getClass().getSimpleName(), (String)
                        event.getMetaData().get(ActivityProjection.USER_KEY));
    }

    private void change(InventoryItemId id, Consumer<InventoryItemEntity> change) {
        items.findById(id.value()).ifPresent(item -> {
            change.accept(item);
            publish(items.save(item));
        });
    }

    private void publish(InventoryItemEntity item) {
        items.flush();
        InventoryItemView view = item.toView();
        emitter.emit(FindInventoryItemQuery.class, query -> query.itemId().equals(view.itemId()), view);
    }
}
