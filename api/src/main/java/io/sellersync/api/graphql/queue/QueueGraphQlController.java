// SPDX-License-Identifier: Apache-2.0
package io.sellersync.api.graphql.queue;

import io.sellersync.api.accounts.Inputs;
import io.sellersync.api.queue.AddOutcome;
import io.sellersync.api.queue.QueueService;
import io.sellersync.api.queue.SyncSettings;
import io.sellersync.messages.accounts.AccountId;
import io.sellersync.messages.accounts.AccountView;
import io.sellersync.messages.accounts.GuardRails;
import io.sellersync.messages.inventory.InventoryItemId;
import io.sellersync.messages.queue.ConflictKind;
import io.sellersync.messages.queue.ConflictResolution;
import io.sellersync.messages.queue.ListQueueQuery;
import io.sellersync.messages.queue.QueueEntryView;
import io.sellersync.messages.queue.QueueItemId;
import io.sellersync.messages.queue.QueueSummaryQuery;
import io.sellersync.messages.queue.QueueSummaryView;
import io.sellersync.messages.shared.MarketplaceId;
import io.sellersync.messages.shared.Money;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.data.method.annotation.SubscriptionMapping;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Flux;

/** GraphQL for the sync queue: entries and summary, add (per-item results), conflicts, removal, guard rails. */
@Controller
class QueueGraphQlController {

    /** A price conflict as GraphQL shows it. */
    record PriceConflict(ConflictKind kind, Money yourPrice, Money theirPrice) {}

    private final QueryGateway queries;
    private final QueueService queue;
    private final SyncSettings settings;

    QueueGraphQlController(QueryGateway queries, QueueService queue, SyncSettings settings) {
        this.queries = queries;
        this.queue = queue;
        this.settings = settings;
    }

    @QueryMapping
    CompletableFuture<List<QueueEntryView>> queue(@Argument String accountId, @Argument String marketplaceId) {
        return queries.query(
                new ListQueueQuery(account(accountId), marketplace(marketplaceId)),
                ResponseTypes.multipleInstancesOf(QueueEntryView.class));
    }

    @QueryMapping
    CompletableFuture<QueueSummaryView> queueSummary(@Argument String accountId, @Argument String marketplaceId) {
        return queries.query(
                new QueueSummaryQuery(account(accountId), marketplace(marketplaceId)),
                ResponseTypes.instanceOf(QueueSummaryView.class));
    }

    @QueryMapping
    SyncSettings.Defaults syncDefaults() {
        return settings.defaults();
    }

    @MutationMapping
    List<AddOutcome> addToQueue(
            @Argument List<String> itemIds,
            @Argument String accountId,
            @Argument String marketplaceId,
            @Argument Boolean reprice) {
        return queue.add(
                itemIds.stream().map(InventoryItemId::new).toList(),
                account(accountId),
                marketplace(marketplaceId),
                Boolean.TRUE.equals(reprice));
    }

    @MutationMapping
    Map<String, String> resolvePriceConflict(@Argument String entryId, @Argument ConflictResolution resolution) {
        queue.resolve(new QueueItemId(entryId), resolution);
        return Map.of("entryId", entryId);
    }

    @MutationMapping
    Map<String, String> removeQueueEntry(@Argument String entryId) {
        queue.remove(new QueueItemId(entryId));
        return Map.of("entryId", entryId);
    }

    @MutationMapping
    Map<String, Integer> clearQueue(@Argument String accountId, @Argument String marketplaceId) {
        return Map.of("removed", queue.clear(account(accountId), marketplace(marketplaceId)));
    }

    @MutationMapping
    GuardRails changeGuardRails(
            @Argument String accountId,
            @Argument String floor,
            @Argument String ceiling,
            @Argument String maxChangePercent) {
        GuardRails rails = new GuardRails(
                Inputs.decimal("floor", floor),
                Inputs.decimal("ceiling", ceiling),
                Inputs.decimal("maxChangePercent", maxChangePercent));
        queue.changeGuardRails(new AccountId(accountId), rails);
        return rails;
    }

    @MutationMapping
    SyncSettings.Defaults setSyncDefaults(@Argument String accountId, @Argument String marketplaceId) {
        SyncSettings.Defaults defaults = new SyncSettings.Defaults(account(accountId), marketplace(marketplaceId));
        if (defaults.accountId() != null) {
            queue.target(defaults.accountId(), defaults.marketplaceId());
        }
        settings.save(defaults);
        return defaults;
    }

    @SubscriptionMapping
    Flux<List<QueueEntryView>> queueChanged(@Argument String accountId, @Argument String marketplaceId) {
        SubscriptionQueryResult<List<QueueEntryView>, List<QueueEntryView>> result = queries.subscriptionQuery(
                new ListQueueQuery(account(accountId), marketplace(marketplaceId)),
                ResponseTypes.multipleInstancesOf(QueueEntryView.class),
                ResponseTypes.multipleInstancesOf(QueueEntryView.class));
        return result.initialResult().concatWith(result.updates()).doFinally(signal -> result.close());
    }

    @SchemaMapping(typeName = "Account", field = "guardRails")
    GuardRails guardRails(AccountView account) {
        return account.guardRailsOrDefault();
    }

    @SchemaMapping(typeName = "GuardRails", field = "floor")
    String floor(GuardRails rails) {
        return plain(rails.floor());
    }

    @SchemaMapping(typeName = "GuardRails", field = "ceiling")
    String ceiling(GuardRails rails) {
        return plain(rails.ceiling());
    }

    @SchemaMapping(typeName = "GuardRails", field = "maxChangePercent")
    String maxChangePercent(GuardRails rails) {
        return plain(rails.maxChangePercent());
    }

    @SchemaMapping(typeName = "QueueEntry", field = "id")
    String id(QueueEntryView entry) {
        return entry.queueItemId().value();
    }

    @SchemaMapping(typeName = "QueueEntry", field = "condition")
    String condition(QueueEntryView entry) {
        return entry.condition().code();
    }

    @SchemaMapping(typeName = "QueueEntry", field = "queuedAt")
    String queuedAt(QueueEntryView entry) {
        return entry.queuedAt().toString();
    }

    @SchemaMapping(typeName = "QueueEntry", field = "feedId")
    String feedId(QueueEntryView entry) {
        return entry.inFeed() ? entry.feedId().value() : null;
    }

    @SchemaMapping(typeName = "QueueEntry", field = "conflict")
    PriceConflict conflict(QueueEntryView entry) {
        return entry.hasConflict() ? new PriceConflict(entry.conflictKind(), entry.price(), entry.theirPrice()) : null;
    }

    @SchemaMapping(typeName = "AddToQueueResult", field = "conflict")
    PriceConflict conflict(AddOutcome outcome) {
        return outcome.conflictKind() == null
                ? null
                : new PriceConflict(outcome.conflictKind(), outcome.yourPrice(), outcome.theirPrice());
    }

    @SchemaMapping(typeName = "AddToQueueResult", field = "entryId")
    String entryId(AddOutcome outcome) {
        return outcome.entryId() == null ? null : outcome.entryId().value();
    }

    @SchemaMapping(typeName = "QueueEntry", field = "itemId")
    String itemId(QueueEntryView entry) {
        return entry.itemId().value();
    }

    @SchemaMapping(typeName = "QueueEntry", field = "accountId")
    String accountId(QueueEntryView entry) {
        return entry.accountId().value();
    }

    @SchemaMapping(typeName = "QueueEntry", field = "marketplaceId")
    String marketplaceId(QueueEntryView entry) {
        return entry.marketplaceId().value();
    }

    @SchemaMapping(typeName = "AddToQueueResult", field = "itemId")
    String itemId(AddOutcome outcome) {
        return outcome.itemId().value();
    }

    @SchemaMapping(typeName = "SyncDefaults", field = "accountId")
    String accountId(SyncSettings.Defaults defaults) {
        return defaults.accountId() == null ? null : defaults.accountId().value();
    }

    @SchemaMapping(typeName = "SyncDefaults", field = "marketplaceId")
    String marketplaceId(SyncSettings.Defaults defaults) {
        return defaults.marketplaceId() == null
                ? null
                : defaults.marketplaceId().value();
    }

    private static AccountId account(String id) {
        return id == null || id.isBlank() ? null : new AccountId(id.strip());
    }

    private static MarketplaceId marketplace(String id) {
        return id == null || id.isBlank() ? null : new MarketplaceId(id.strip());
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }
}
