// SPDX-License-Identifier: Apache-2.0
package io.sellersync.api.queue;

import io.sellersync.api.graphql.GraphQlErrors;
import io.sellersync.messages.accounts.AccountId;
import io.sellersync.messages.accounts.AccountView;
import io.sellersync.messages.accounts.ChangeAccountGuardRailsCommand;
import io.sellersync.messages.accounts.FindAccountQuery;
import io.sellersync.messages.accounts.GuardRails;
import io.sellersync.messages.accounts.ListAccountsQuery;
import io.sellersync.messages.inventory.FindInventoryItemsQuery;
import io.sellersync.messages.inventory.InventoryItemId;
import io.sellersync.messages.inventory.InventoryItemView;
import io.sellersync.messages.listings.ListingRequest;
import io.sellersync.messages.listings.ListingResolution;
import io.sellersync.messages.listings.ListingResolutions;
import io.sellersync.messages.listings.ResolveListingsQuery;
import io.sellersync.messages.queue.ConflictKind;
import io.sellersync.messages.queue.ConflictResolution;
import io.sellersync.messages.queue.FindQueueEntriesBySellerSkuQuery;
import io.sellersync.messages.queue.FindQueueEntryQuery;
import io.sellersync.messages.queue.ItemSnapshot;
import io.sellersync.messages.queue.ListQueueQuery;
import io.sellersync.messages.queue.QueueEntryView;
import io.sellersync.messages.queue.QueueInventoryItemCommand;
import io.sellersync.messages.queue.QueueItemId;
import io.sellersync.messages.queue.QueueRules;
import io.sellersync.messages.queue.RemovalReason;
import io.sellersync.messages.queue.RemoveQueueItemCommand;
import io.sellersync.messages.queue.ResolvePriceConflictCommand;
import io.sellersync.messages.queue.SkuResolution;
import io.sellersync.messages.shared.BusinessError;
import io.sellersync.messages.shared.BusinessException;
import io.sellersync.messages.shared.ErrorCode;
import io.sellersync.messages.shared.MarketplaceId;
import io.sellersync.messages.shared.Marketplaces;
import io.sellersync.messages.shared.Money;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * "Add to queue" for one item or a bulk selection, and the other queue actions. It checks the account once, each item
 * with the aggregate's own words (so a bulk add reports per item instead of failing on the first), resolves SKUs once
 * per account and marketplace for the whole batch, then sends one command per item. Only gateways and messages.
 */
@Service
public class QueueService {

    private static final Logger log = LoggerFactory.getLogger(QueueService.class);

    /** Where an add goes, after defaults were applied. */
    public record Target(AccountView account, MarketplaceId marketplaceId) {}

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final SyncSettings settings;
    private final Clock clock;

    QueueService(CommandGateway commands, QueryGateway queries, SyncSettings settings, Clock clock) {
        this.commands = commands;
        this.queries = queries;
        this.settings = settings;
        this.clock = clock;
    }

    /** Adds the items (a BACKLOG listing, or with {@code reprice} a LISTED item's new price); one outcome per item. */
    public List<AddOutcome> add(
            List<InventoryItemId> itemIds, AccountId accountId, MarketplaceId marketplaceId, boolean reprice) {
        if (itemIds == null || itemIds.isEmpty()) {
            throw BusinessException.invalid("itemIds", "Choose at least one item");
        }
        Target target = target(accountId, marketplaceId);
        List<InventoryItemId> unique = List.copyOf(new LinkedHashSet<>(itemIds));
        Map<InventoryItemId, InventoryItemView> items = queries
                .query(new FindInventoryItemsQuery(unique), ResponseTypes.multipleInstancesOf(InventoryItemView.class))
                .join()
                .stream()
                .collect(Collectors.toMap(InventoryItemView::itemId, Function.identity(), (a, b) -> a));
        GuardRails rails = target.account().guardRailsOrDefault();

        Map<InventoryItemId, AddOutcome> outcomes = new HashMap<>();
        List<InventoryItemView> eligible = new ArrayList<>();
        for (InventoryItemId id : unique) {
            InventoryItemView item = items.get(id);
            AddOutcome refused = precheck(id, item, target, reprice, rails);
            if (refused != null) {
                outcomes.put(id, refused);
            } else {
                eligible.add(item);
            }
        }
        if (!eligible.isEmpty()) {
            queueResolved(eligible, target, reprice, rails, outcomes);
        }
        return unique.stream().map(outcomes::get).toList();
    }

    public void remove(QueueItemId entryId) {
        commands.sendAndWait(new RemoveQueueItemCommand(entryId, RemovalReason.REMOVED_BY_USER));
    }

    /** Empties the queue (or one account's / marketplace's part of it); nothing on Amazon changes. */
    public int clear(AccountId accountId, MarketplaceId marketplaceId) {
        List<QueueEntryView> entries = list(accountId, marketplaceId);
        for (QueueEntryView entry : entries) {
            commands.sendAndWait(new RemoveQueueItemCommand(entry.queueItemId(), RemovalReason.QUEUE_CLEARED));
        }
        return entries.size();
    }

    public void changeGuardRails(AccountId accountId, GuardRails rails) {
        commands.sendAndWait(new ChangeAccountGuardRailsCommand(accountId, rails));
    }

    public void resolve(QueueItemId entryId, ConflictResolution resolution) {
        commands.sendAndWait(new ResolvePriceConflictCommand(entryId, resolution));
    }

    public List<QueueEntryView> list(AccountId accountId, MarketplaceId marketplaceId) {
        return queries.query(
                        new ListQueueQuery(accountId, marketplaceId),
                        ResponseTypes.multipleInstancesOf(QueueEntryView.class))
                .join();
    }

    public Optional<QueueEntryView> entry(QueueItemId entryId) {
        return queries.query(new FindQueueEntryQuery(entryId), ResponseTypes.optionalInstanceOf(QueueEntryView.class))
                .join();
    }

    /**
     * The account and marketplace to add to: as requested, else the stored defaults, else the only (first) account
     * and its first marketplace. Refused when the account cannot be synced now.
     */
    public Target target(AccountId accountId, MarketplaceId marketplaceId) {
        SyncSettings.Defaults defaults = settings.defaults();
        AccountView account;
        if (accountId != null) {
            account = findAccount(accountId)
                    .orElseThrow(() -> new BusinessException(
                            ErrorCode.NOT_FOUND, "accountId", "No connected account " + accountId));
        } else {
            account = Optional.ofNullable(defaults.accountId())
                    .flatMap(this::findAccount)
                    .or(() -> accounts().stream().findFirst())
                    .orElseThrow(() -> BusinessException.invalid(
                            "accountId", "Connect an Amazon account first (Settings → Accounts)"));
        }
        MarketplaceId marketplace = marketplaceId;
        if (marketplace == null) {
            marketplace =
                    defaults.marketplaceId() != null && account.marketplaces().contains(defaults.marketplaceId())
                            ? defaults.marketplaceId()
                            : account.marketplaces().stream().findFirst().orElse(null);
        }
        if (marketplace == null || !account.marketplaces().contains(marketplace)) {
            throw BusinessException.invalid(
                    "marketplaceId",
                    "Marketplace " + (marketplace == null ? "-" : Marketplaces.countryCode(marketplace))
                            + " is not enabled for account " + account.name());
        }
        if (account.needsReauthorization() != null) {
            throw BusinessException.invalid(
                    "accountId",
                    "Account " + account.name() + " needs re-authorization: " + account.needsReauthorization());
        }
        return new Target(account, marketplace);
    }

    private AddOutcome precheck(
            InventoryItemId id, InventoryItemView item, Target target, boolean reprice, GuardRails rails) {
        if (item == null) {
            return AddOutcome.refused(id, null, AddOutcome.Status.INVALID, "No inventory item " + id);
        }
        QueueItemId entryId = QueueItemId.of(id, target.account().accountId(), target.marketplaceId());
        if (entry(entryId).isPresent()) {
            return AddOutcome.refused(
                    id,
                    item.localSku(),
                    AddOutcome.Status.SKIPPED,
                    QueueRules.alreadyQueued().message());
        }
        BusinessError error = QueueRules.eligibility(snapshot(item), target.marketplaceId(), reprice, rails);
        if (error == null) {
            return null;
        }
        AddOutcome.Status status =
                "status".equals(error.field()) ? AddOutcome.Status.SKIPPED : AddOutcome.Status.INVALID;
        return AddOutcome.refused(id, item.localSku(), status, error.message());
    }

    private void queueResolved(
            List<InventoryItemView> eligible,
            Target target,
            boolean reprice,
            GuardRails rails,
            Map<InventoryItemId, AddOutcome> outcomes) {
        AccountId accountId = target.account().accountId();
        List<ListingResolution> resolutions = queries.query(
                        new ResolveListingsQuery(
                                accountId,
                                target.marketplaceId(),
                                eligible.stream()
                                        .map(i -> new ListingRequest(i.asin(), i.condition()))
                                        .toList()),
                        ResponseTypes.instanceOf(ListingResolutions.class))
                .join()
                .results();
        Map<String, Money> queuedPrices = queuedPrices(accountId, target.marketplaceId(), resolutions);
        Instant now = Instant.now(clock);
        for (int i = 0; i < eligible.size(); i++) {
            InventoryItemView item = eligible.get(i);
            ListingResolution resolution = i < resolutions.size() ? resolutions.get(i) : null;
            AddOutcome outcome = queueOne(item, resolution, target, reprice, rails, queuedPrices, now);
            outcomes.put(item.itemId(), outcome);
        }
    }

    private AddOutcome queueOne(
            InventoryItemView item,
            ListingResolution resolution,
            Target target,
            boolean reprice,
            GuardRails rails,
            Map<String, Money> queuedPrices,
            Instant now) {
        if (resolution == null || resolution.failed()) {
            String reason = resolution == null ? "The SKU lookup gave no answer" : resolution.failure();
            return AddOutcome.refused(
                    item.itemId(), item.localSku(), AddOutcome.Status.FAILED, "SKU lookup failed: " + reason);
        }
        QueueItemId entryId = QueueItemId.of(item.itemId(), target.account().accountId(), target.marketplaceId());
        SkuResolution sku = new SkuResolution(
                resolution.sellerSku(),
                resolution.newSku(),
                resolution.productType(),
                resolution.livePrice(),
                resolution.liveQuantity());
        Money other = queuedPrices.get(resolution.sellerSku());
        try {
            commands.sendAndWait(new QueueInventoryItemCommand(
                    entryId,
                    target.account().accountId(),
                    target.marketplaceId(),
                    snapshot(item),
                    reprice,
                    sku,
                    other,
                    rails,
                    now));
        } catch (RuntimeException e) {
            BusinessError error = GraphQlErrors.businessError(e).orElse(null);
            if (error == null) {
                log.warn("Queueing item {} failed", item.itemId(), e);
                return AddOutcome.refused(
                        item.itemId(),
                        item.localSku(),
                        AddOutcome.Status.FAILED,
                        "The item could not be queued just now (nothing was changed); try again");
            }
            AddOutcome.Status status = error.code() == ErrorCode.CONFLICT || "status".equals(error.field())
                    ? AddOutcome.Status.SKIPPED
                    : AddOutcome.Status.INVALID;
            return AddOutcome.refused(item.itemId(), item.localSku(), status, error.message());
        }
        queuedPrices.putIfAbsent(resolution.sellerSku(), item.price());
        boolean confirm = QueueRules.needsConfirmation(item.price(), sku.livePrice(), rails);
        ConflictKind kind = null;
        Money theirs = null;
        if (sku.livePrice() != null && !sku.livePrice().sameAmount(item.price())) {
            kind = ConflictKind.AMAZON;
            theirs = sku.livePrice();
        } else if (other != null && !other.sameAmount(item.price())) {
            kind = ConflictKind.QUEUE;
            theirs = other;
        }
        return new AddOutcome(
                item.itemId(),
                item.localSku(),
                kind == null ? AddOutcome.Status.ADDED : AddOutcome.Status.CONFLICT,
                kind == null ? null : "Your price " + item.price() + ", " + kind.label() + " " + theirs,
                entryId,
                sku.sellerSku(),
                sku.newSku(),
                kind,
                item.price(),
                theirs,
                confirm);
    }

    private Map<String, Money> queuedPrices(
            AccountId accountId, MarketplaceId marketplaceId, List<ListingResolution> resolutions) {
        List<String> skus = resolutions.stream()
                .filter(r -> !r.failed() && r.sellerSku() != null)
                .map(ListingResolution::sellerSku)
                .distinct()
                .toList();
        Map<String, Money> prices = new HashMap<>();
        if (skus.isEmpty()) {
            return prices;
        }
        queries.query(
                        new FindQueueEntriesBySellerSkuQuery(accountId, marketplaceId, skus),
                        ResponseTypes.multipleInstancesOf(QueueEntryView.class))
                .join()
                .forEach(e -> prices.putIfAbsent(e.sellerSku(), e.price()));
        return prices;
    }

    private static ItemSnapshot snapshot(InventoryItemView item) {
        return new ItemSnapshot(
                item.itemId(),
                item.localSku(),
                item.title(),
                item.asin(),
                item.condition(),
                item.price(),
                item.quantity(),
                item.status());
    }

    private Optional<AccountView> findAccount(AccountId id) {
        return queries.query(new FindAccountQuery(id), ResponseTypes.optionalInstanceOf(AccountView.class))
                .join();
    }

    private List<AccountView> accounts() {
        return queries.query(new ListAccountsQuery(), ResponseTypes.multipleInstancesOf(AccountView.class))
                .join();
    }
}
