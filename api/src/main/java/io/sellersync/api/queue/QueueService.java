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
import io.sellersync.messages.queue.ClearQueueConflictCommand;
import io.sellersync.messages.queue.ConflictKind;
import io.sellersync.messages.queue.ConflictResolution;
import io.sellersync.messages.queue.FindNewSkuEntryQuery;
import io.sellersync.messages.queue.FindQueueEntriesBySellerSkuQuery;
import io.sellersync.messages.queue.FindQueueEntryQuery;
import io.sellersync.messages.queue.FlagQueueConflictCommand;
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
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
 *
 * <p>It also owns the queue-vs-queue rule across entries (an entry aggregate only knows itself): a generated SKU is
 * reused for the same product, and after every add, answer and removal the active entries of the seller SKU are
 * compared, so entries at different prices are all flagged and entries that agree again are cleared.
 */
@Service
public class QueueService {

    private static final Logger log = LoggerFactory.getLogger(QueueService.class);

    /** The most item ids one add takes (a bulk selection, the API). */
    public static final int MAX_ITEMS = 500;

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
        if (itemIds.size() > MAX_ITEMS) {
            throw BusinessException.invalid(
                    "itemIds",
                    "Add at most " + MAX_ITEMS + " items at a time (" + itemIds.size()
                            + " were chosen); add them in smaller selections");
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

    /** Removes an entry; entries that were in a queue conflict with it only are cleared. */
    public void remove(QueueItemId entryId) {
        Optional<QueueEntryView> before = entry(entryId);
        commands.sendAndWait(new RemoveQueueItemCommand(entryId, RemovalReason.REMOVED_BY_USER));
        before.ifPresent(b -> settle(b, null));
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

    /**
     * Answers an entry's conflict, then checks the other active entries for its seller SKU again: after any answer,
     * entries that still differ in price stay (or become) flagged with a queue conflict, and entries that now agree
     * lose theirs. So "use my price" on a queue conflict never leaves two prices for one SKU unflagged.
     */
    public void resolve(QueueItemId entryId, ConflictResolution resolution) {
        Optional<QueueEntryView> before = entry(entryId);
        commands.sendAndWait(new ResolvePriceConflictCommand(entryId, resolution));
        before.ifPresent(b -> {
            Money now = switch (resolution) {
                case USE_MY_PRICE -> b.price();
                case USE_AMAZON_PRICE -> b.theirPrice();
                case SKIP -> null;
            };
            settle(b, now);
        });
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
        List<ListingResolution> reused = reuseGeneratedSkus(eligible, resolutions, target);
        Map<String, List<Member>> skuGroups = queuedEntries(accountId, target.marketplaceId(), reused);
        Instant now = Instant.now(clock);
        for (int i = 0; i < eligible.size(); i++) {
            InventoryItemView item = eligible.get(i);
            ListingResolution resolution = i < reused.size() ? reused.get(i) : null;
            AddOutcome outcome = queueOne(item, resolution, target, reprice, rails, skuGroups, now);
            outcomes.put(item.itemId(), outcome);
        }
        skuGroups.values().forEach(this::settle);
    }

    /**
     * A generated SKU is only a proposal: when an active entry already carries a generated SKU for the same account,
     * marketplace, ASIN and condition (queued before, or earlier in this batch), that SKU is used instead, so two items
     * of one product become one new offer (and the queue-vs-queue check applies) rather than two.
     */
    private List<ListingResolution> reuseGeneratedSkus(
            List<InventoryItemView> eligible, List<ListingResolution> resolutions, Target target) {
        Map<String, String> generated = new HashMap<>();
        List<ListingResolution> result = new ArrayList<>(resolutions.size());
        for (int i = 0; i < resolutions.size(); i++) {
            ListingResolution r = resolutions.get(i);
            if (r == null || r.failed() || !r.newSku() || i >= eligible.size()) {
                result.add(r);
                continue;
            }
            InventoryItemView item = eligible.get(i);
            String key = item.asin() + "|" + item.condition();
            String sku = generated.computeIfAbsent(
                    key,
                    k -> queries.query(
                                    new FindNewSkuEntryQuery(
                                            target.account().accountId(),
                                            target.marketplaceId(),
                                            item.asin(),
                                            item.condition()),
                                    ResponseTypes.optionalInstanceOf(QueueEntryView.class))
                            .join()
                            .map(QueueEntryView::sellerSku)
                            .orElse(r.sellerSku()));
            result.add(new ListingResolution(
                    r.asin(), r.condition(), sku, true, r.productType(), r.livePrice(), r.liveQuantity(), r.failure()));
        }
        return result;
    }

    private AddOutcome queueOne(
            InventoryItemView item,
            ListingResolution resolution,
            Target target,
            boolean reprice,
            GuardRails rails,
            Map<String, List<Member>> skuGroups,
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
        List<Member> group = skuGroups.computeIfAbsent(resolution.sellerSku(), k -> new ArrayList<>());
        Money other = group.stream()
                .map(Member::price)
                .filter(p -> !p.sameAmount(item.price()))
                .findFirst()
                .orElse(group.isEmpty() ? null : group.get(0).price());
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
        boolean confirm = QueueRules.needsConfirmation(item.price(), sku.livePrice(), rails);
        ConflictKind kind = null;
        Money theirs = null;
        if (other != null && !other.sameAmount(item.price())) {
            kind = ConflictKind.QUEUE;
            theirs = other;
        } else if (sku.livePrice() != null && !sku.livePrice().sameAmount(item.price())) {
            kind = ConflictKind.AMAZON;
            theirs = sku.livePrice();
        }
        group.add(new Member(entryId, item.price(), kind));
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

    /** One active entry of a seller SKU as far as the queue-vs-queue check needs it. */
    private record Member(QueueItemId entryId, Money price, ConflictKind conflictKind) {}

    /** The active entries per seller SKU (oldest first) for the SKUs these resolutions target. */
    private Map<String, List<Member>> queuedEntries(
            AccountId accountId, MarketplaceId marketplaceId, List<ListingResolution> resolutions) {
        List<String> skus = resolutions.stream()
                .filter(r -> r != null && !r.failed() && r.sellerSku() != null)
                .map(ListingResolution::sellerSku)
                .distinct()
                .toList();
        Map<String, List<Member>> groups = new LinkedHashMap<>();
        if (skus.isEmpty()) {
            return groups;
        }
        queries
                .query(
                        new FindQueueEntriesBySellerSkuQuery(accountId, marketplaceId, skus),
                        ResponseTypes.multipleInstancesOf(QueueEntryView.class))
                .join()
                .stream()
                .sorted(Comparator.comparing(QueueEntryView::queuedAt))
                .forEach(e -> groups.computeIfAbsent(e.sellerSku(), k -> new ArrayList<>())
                        .add(new Member(e.queueItemId(), e.price(), e.conflictKind())));
        return groups;
    }

    /**
     * After an answer or a removal: the entry's seller SKU is checked again with the entry at its new price ({@code
     * null} when it left the queue) and the other active entries as the read model has them.
     */
    private void settle(QueueEntryView changed, Money newPrice) {
        List<Member> group = new ArrayList<>();
        if (newPrice != null) {
            group.add(new Member(changed.queueItemId(), newPrice, null));
        }
        queries
                .query(
                        new FindQueueEntriesBySellerSkuQuery(
                                changed.accountId(), changed.marketplaceId(), List.of(changed.sellerSku())),
                        ResponseTypes.multipleInstancesOf(QueueEntryView.class))
                .join()
                .stream()
                .filter(e -> !e.queueItemId().equals(changed.queueItemId()))
                .sorted(Comparator.comparing(QueueEntryView::queuedAt))
                .forEach(e -> group.add(new Member(e.queueItemId(), e.price(), e.conflictKind())));
        settle(group);
    }

    /**
     * The queue-vs-queue rule for one seller SKU: every active entry whose price differs from another's is flagged
     * (the entry itself decides whether that is news: an open conflict is answered first), and an entry with an open
     * queue conflict whose SKU now has one price only is cleared. Never "newest wins".
     */
    private void settle(List<Member> group) {
        for (Member m : group) {
            Optional<Money> other = group.stream()
                    .filter(n -> !n.entryId().equals(m.entryId()))
                    .map(Member::price)
                    .filter(p -> !p.sameAmount(m.price()))
                    .findFirst();
            try {
                if (other.isPresent()) {
                    commands.sendAndWait(new FlagQueueConflictCommand(m.entryId(), other.get()));
                } else if (m.conflictKind() == ConflictKind.QUEUE) {
                    commands.sendAndWait(new ClearQueueConflictCommand(m.entryId()));
                }
            } catch (RuntimeException e) {
                // removed meanwhile: nothing to flag
                log.debug("Queue conflict check for entry {} skipped", m.entryId(), e);
            }
        }
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
