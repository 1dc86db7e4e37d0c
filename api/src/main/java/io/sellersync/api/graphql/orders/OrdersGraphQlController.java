// SPDX-License-Identifier: Apache-2.0
package io.sellersync.api.graphql.orders;

import io.sellersync.api.finances.FinanceInputs;
import io.sellersync.api.orders.OrderInputs;
import io.sellersync.messages.accounts.AccountId;
import io.sellersync.messages.inventory.InventoryItemId;
import io.sellersync.messages.inventory.InventoryItemView;
import io.sellersync.messages.orders.BackfillOrdersCommand;
import io.sellersync.messages.orders.FindLinkCandidatesQuery;
import io.sellersync.messages.orders.FindOrderQuery;
import io.sellersync.messages.orders.FindOrderSyncStatusQuery;
import io.sellersync.messages.orders.IgnoreUnmatchedOrderItemCommand;
import io.sellersync.messages.orders.ListOrderBackfillsQuery;
import io.sellersync.messages.orders.ListOrdersQuery;
import io.sellersync.messages.orders.ListUnmatchedOrderItemsQuery;
import io.sellersync.messages.orders.OrderBackfillView;
import io.sellersync.messages.orders.OrderDetailView;
import io.sellersync.messages.orders.OrderFilter;
import io.sellersync.messages.orders.OrderPage;
import io.sellersync.messages.orders.OrderSummaryQuery;
import io.sellersync.messages.orders.OrderSummaryView;
import io.sellersync.messages.orders.OrderSyncStatusView;
import io.sellersync.messages.orders.OrderView;
import io.sellersync.messages.orders.OrdersPerDayQuery;
import io.sellersync.messages.orders.OrdersPerDayView;
import io.sellersync.messages.orders.ReleaseOrderItemCommand;
import io.sellersync.messages.orders.ResolveUnmatchedOrderItemCommand;
import io.sellersync.messages.orders.SyncOrdersCommand;
import io.sellersync.messages.orders.UnitPick;
import io.sellersync.messages.orders.UnmatchedOrderItemPage;
import io.sellersync.messages.shared.BusinessException;
import io.sellersync.messages.shared.Marketplaces;
import io.sellersync.messages.sync.SyncWindowKind;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.data.method.annotation.SubscriptionMapping;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** GraphQL for orders, their inventory links and the order sync, through Axon's gateways only. */
@Controller
class OrdersGraphQlController {

    /** The filter input of the schema. */
    record OrderFilterInput(
            String accountId,
            String status,
            String marketplaceId,
            String channel,
            String purchasedFrom,
            String purchasedTo,
            String link,
            String search) {}

    /** One pick of the resolve mutation. */
    record UnitPickInput(String itemId, Integer units) {}

    private final QueryGateway queries;
    private final CommandGateway commands;

    OrdersGraphQlController(QueryGateway queries, CommandGateway commands) {
        this.queries = queries;
        this.commands = commands;
    }

    @QueryMapping
    CompletableFuture<OrderPage> orders(
            @Argument OrderFilterInput filter,
            @Argument String sort,
            @Argument Boolean desc,
            @Argument Integer page,
            @Argument Integer size) {
        return queries.query(
                new ListOrdersQuery(
                        filter(filter),
                        sort,
                        desc == null || desc,
                        FinanceInputs.page(page),
                        FinanceInputs.size(size, 1000)),
                ResponseTypes.instanceOf(OrderPage.class));
    }

    @QueryMapping
    CompletableFuture<OrderDetailView> order(@Argument String id) {
        return queries.query(
                        new FindOrderQuery(OrderInputs.orderId("id", id)),
                        ResponseTypes.optionalInstanceOf(OrderDetailView.class))
                .thenApply(found -> found.orElse(null));
    }

    @QueryMapping
    CompletableFuture<OrderSummaryView> orderSummary(@Argument OrderFilterInput filter) {
        return queries.query(new OrderSummaryQuery(filter(filter)), ResponseTypes.instanceOf(OrderSummaryView.class));
    }

    @QueryMapping
    CompletableFuture<List<OrdersPerDayView>> ordersPerDay(@Argument OrderFilterInput filter) {
        return queries.query(
                new OrdersPerDayQuery(filter(filter)), ResponseTypes.multipleInstancesOf(OrdersPerDayView.class));
    }

    @QueryMapping
    CompletableFuture<UnmatchedOrderItemPage> unmatchedOrderItems(
            @Argument String accountId, @Argument Integer page, @Argument Integer size) {
        return queries.query(
                new ListUnmatchedOrderItemsQuery(
                        account(accountId), FinanceInputs.page(page), FinanceInputs.size(size, 500)),
                ResponseTypes.instanceOf(UnmatchedOrderItemPage.class));
    }

    @QueryMapping
    CompletableFuture<List<InventoryItemView>> linkCandidates(
            @Argument String sellerSku, @Argument String asin, @Argument Integer limit) {
        if ((sellerSku == null || sellerSku.isBlank()) && (asin == null || asin.isBlank())) {
            throw BusinessException.invalid("sellerSku", "Give a seller SKU or an ASIN");
        }
        int max = limit == null ? 20 : limit;
        if (max < 1 || max > 200) {
            throw BusinessException.invalid("limit", "Give a limit from 1 to 200");
        }
        return queries.query(
                new FindLinkCandidatesQuery(sellerSku, asin, max),
                ResponseTypes.multipleInstancesOf(InventoryItemView.class));
    }

    @QueryMapping
    CompletableFuture<List<OrderSyncStatusView>> orderSyncStatus(@Argument String accountId) {
        return status(account(accountId));
    }

    @QueryMapping
    CompletableFuture<List<OrderBackfillView>> orderBackfills(@Argument String accountId) {
        return queries.query(
                new ListOrderBackfillsQuery(account(accountId)),
                ResponseTypes.multipleInstancesOf(OrderBackfillView.class));
    }

    @MutationMapping
    boolean syncOrders(@Argument String accountId, @Argument String kind) {
        SyncWindowKind which = "SWEEP".equals(kind) ? SyncWindowKind.SWEEP : SyncWindowKind.INCREMENTAL;
        commands.sendAndWait(new SyncOrdersCommand(OrderInputs.requiredAccount("accountId", accountId), which));
        return true;
    }

    @MutationMapping
    String backfillOrders(@Argument String accountId, @Argument String from, @Argument String to) {
        Instant start = FinanceInputs.instant("from", from);
        Instant end = FinanceInputs.instant("to", to);
        if (start == null) {
            throw BusinessException.invalid("from", "Say from which day to read orders");
        }
        if (end == null) {
            throw BusinessException.invalid("to", "Say until which day to read orders");
        }
        if (!end.isAfter(start)) {
            throw BusinessException.invalid("to", "The range must end after it starts (" + start + ")");
        }
        String id = UUID.randomUUID().toString();
        Object answer = commands.sendAndWait(
                new BackfillOrdersCommand(id, OrderInputs.requiredAccount("accountId", accountId), start, end));
        return answer instanceof String s ? s : id;
    }

    @MutationMapping
    int resolveUnmatchedOrderItem(
            @Argument String orderId, @Argument String orderItemId, @Argument List<UnitPickInput> picks) {
        if (picks == null || picks.isEmpty()) {
            throw BusinessException.invalid("picks", "Pick at least one inventory item");
        }
        List<UnitPick> units = picks.stream()
                .map(p -> {
                    if (p.units() == null || p.units() < 1) {
                        throw BusinessException.invalid("picks.units", "Pick at least one unit of each item");
                    }
                    return new UnitPick(new InventoryItemId(p.itemId()), p.units());
                })
                .toList();
        Object linked = commands.sendAndWait(new ResolveUnmatchedOrderItemCommand(
                OrderInputs.orderId("orderId", orderId), required("orderItemId", orderItemId), units));
        return linked instanceof Number n ? n.intValue() : 0;
    }

    @MutationMapping
    boolean ignoreUnmatchedOrderItem(@Argument String orderId, @Argument String orderItemId) {
        commands.sendAndWait(new IgnoreUnmatchedOrderItemCommand(
                OrderInputs.orderId("orderId", orderId), required("orderItemId", orderItemId)));
        return true;
    }

    @MutationMapping
    boolean releaseOrderItem(@Argument String orderId, @Argument String orderItemId, @Argument String reason) {
        commands.sendAndWait(new ReleaseOrderItemCommand(
                OrderInputs.orderId("orderId", orderId),
                required("orderItemId", orderItemId),
                OrderInputs.reason("reason", reason)));
        return true;
    }

    @SubscriptionMapping
    Flux<OrderSyncStatusView> orderSyncProgress(@Argument String accountId) {
        AccountId account = OrderInputs.requiredAccount("accountId", accountId);
        return Flux.interval(Duration.ZERO, Duration.ofSeconds(1))
                .concatMap(tick -> Mono.fromFuture(status(account)))
                .flatMapIterable(list -> list)
                .distinctUntilChanged();
    }

    @SchemaMapping(typeName = "Order", field = "countryCode")
    String countryCode(OrderView order) {
        return order.marketplaceId() == null ? null : Marketplaces.countryCode(order.marketplaceId());
    }

    @SchemaMapping(typeName = "LinkCandidate", field = "condition")
    String condition(InventoryItemView item) {
        return item.condition().name();
    }

    private CompletableFuture<List<OrderSyncStatusView>> status(AccountId account) {
        return queries.query(
                new FindOrderSyncStatusQuery(account), ResponseTypes.multipleInstancesOf(OrderSyncStatusView.class));
    }

    private static OrderFilter filter(OrderFilterInput input) {
        if (input == null) {
            return OrderFilter.all();
        }
        return OrderInputs.filter(
                "filter.",
                input.accountId(),
                input.status(),
                input.marketplaceId(),
                input.channel(),
                input.purchasedFrom(),
                input.purchasedTo(),
                input.link(),
                input.search());
    }

    private static AccountId account(String id) {
        return id == null || id.isBlank() ? null : new AccountId(id.strip());
    }

    private static String required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw BusinessException.invalid(field, "Say which order item");
        }
        return value.strip();
    }
}
