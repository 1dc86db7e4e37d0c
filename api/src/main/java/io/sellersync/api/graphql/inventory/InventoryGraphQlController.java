// SPDX-License-Identifier: Apache-2.0
package io.sellersync.api.graphql.inventory;

import io.sellersync.messages.inventory.FindInventoryHistoryQuery;
import io.sellersync.messages.inventory.FindInventoryItemQuery;
import io.sellersync.messages.inventory.InventoryHistoryEntryView;
import io.sellersync.messages.inventory.InventoryItemId;
import io.sellersync.messages.inventory.InventoryItemView;
import io.sellersync.messages.inventory.InventoryPage;
import io.sellersync.messages.inventory.InventoryStatus;
import io.sellersync.messages.inventory.ItemCondition;
import io.sellersync.messages.inventory.SearchInventoryQuery;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** Inventory over GraphQL: search, one item with its history, create, edit and status changes. */
@Controller
class InventoryGraphQlController {

    private final QueryGateway queries;
    private final InventoryWrites writes;

    InventoryGraphQlController(QueryGateway queries, InventoryWrites writes) {
        this.queries = queries;
        this.writes = writes;
    }

    @QueryMapping
    CompletableFuture<InventoryPage> inventory(
            @Argument String search,
            @Argument InventoryStatus status,
            @Argument ItemCondition condition,
            @Argument String sort,
            @Argument Boolean descending,
            @Argument Integer page,
            @Argument Integer size) {
        return queries.query(
                new SearchInventoryQuery(
                        search,
                        status,
                        condition,
                        sort,
                        Boolean.TRUE.equals(descending),
                        page == null ? 0 : page,
                        size == null ? 50 : size),
                ResponseTypes.instanceOf(InventoryPage.class));
    }

    @QueryMapping
    CompletableFuture<InventoryItemView> inventoryItem(@Argument String id) {
        return queries.query(
                        new FindInventoryItemQuery(new InventoryItemId(id)),
                        ResponseTypes.optionalInstanceOf(InventoryItemView.class))
                .thenApply(found -> found.orElse(null));
    }

    @MutationMapping
    InventoryItemPayload createInventoryItem(@Argument InventoryItemInput input) {
        InventoryWrites.Created created = writes.create(input, "created through the API");
        return new InventoryItemPayload(created.itemId().value(), created.item());
    }

    @MutationMapping
    InventoryItemPayload updateInventoryItem(@Argument String id, @Argument InventoryItemInput input) {
        return new InventoryItemPayload(id, writes.update(new InventoryItemId(id), input));
    }

    @MutationMapping
    InventoryItemPayload changeInventoryItemStatus(
            @Argument String id, @Argument InventoryStatus status, @Argument String reason) {
        return new InventoryItemPayload(id, writes.changeStatus(new InventoryItemId(id), status, reason));
    }

    @SchemaMapping(typeName = "InventoryItem", field = "id")
    String id(InventoryItemView item) {
        return item.itemId().value();
    }

    @SchemaMapping(typeName = "InventoryItem", field = "conditionCode")
    String conditionCode(InventoryItemView item) {
        return item.condition().code();
    }

    @SchemaMapping(typeName = "InventoryItem", field = "conditionLabel")
    String conditionLabel(InventoryItemView item) {
        return item.condition().label();
    }

    @SchemaMapping(typeName = "InventoryItem", field = "history")
    CompletableFuture<List<InventoryHistoryEntryView>> history(InventoryItemView item) {
        return queries.query(
                new FindInventoryHistoryQuery(item.itemId()),
                ResponseTypes.multipleInstancesOf(InventoryHistoryEntryView.class));
    }
}
