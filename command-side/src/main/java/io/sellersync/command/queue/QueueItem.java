// SPDX-License-Identifier: Apache-2.0
package io.sellersync.command.queue;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.sellersync.messages.accounts.GuardRails;
import io.sellersync.messages.feed.FeedId;
import io.sellersync.messages.inventory.InventoryItemId;
import io.sellersync.messages.queue.ClearQueueConflictCommand;
import io.sellersync.messages.queue.ConflictKind;
import io.sellersync.messages.queue.ConflictResolution;
import io.sellersync.messages.queue.FlagQueueConflictCommand;
import io.sellersync.messages.queue.ItemQueuedEvent;
import io.sellersync.messages.queue.PriceConflictDetectedEvent;
import io.sellersync.messages.queue.PriceConflictResolvedEvent;
import io.sellersync.messages.queue.QueueInventoryItemCommand;
import io.sellersync.messages.queue.QueueItemId;
import io.sellersync.messages.queue.QueueItemRemovedEvent;
import io.sellersync.messages.queue.QueueItemSyncFailedEvent;
import io.sellersync.messages.queue.QueueItemSyncedEvent;
import io.sellersync.messages.queue.QueueRules;
import io.sellersync.messages.queue.RecordQueueItemSyncFailedCommand;
import io.sellersync.messages.queue.RecordQueueItemSyncedCommand;
import io.sellersync.messages.queue.RemovalReason;
import io.sellersync.messages.queue.RemoveQueueItemCommand;
import io.sellersync.messages.queue.ResolvePriceConflictCommand;
import io.sellersync.messages.shared.BusinessError;
import io.sellersync.messages.shared.BusinessException;
import io.sellersync.messages.shared.ErrorCode;
import io.sellersync.messages.shared.Money;
import java.time.Instant;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;

/**
 * One inventory item queued for one account and marketplace. It decides eligibility (with the words of
 * {@link QueueRules}), records price conflicts as a normal outcome and keeps one entry per item and target: an active
 * entry cannot be queued twice, a removed one may come back.
 *
 * <p>One open conflict at a time, and a queue-vs-queue conflict (another active entry for the same seller SKU at a
 * different price) wins over Amazon's: it must be resolved before submit and is never lost. Once it is resolved, a live
 * price that differs is recorded as the Amazon conflict (and Amazon's price is checked again at submit anyway). The
 * entry only knows its own side: {@code QueueService} tells the other entries of the SKU ({@link
 * FlagQueueConflictCommand}, {@link ClearQueueConflictCommand}) after every add and every answer.
 */
class QueueItem {

    @AggregateIdentifier
    private QueueItemId queueItemId;

    private InventoryItemId itemId;
    private boolean active;
    private Money price;
    private Money livePrice;
    private GuardRails guardRails;
    private ConflictKind openConflict;
    private Money theirPrice;
    private Instant queuedAt;
    private FeedId failedBy;

    QueueItem() {}

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(QueueInventoryItemCommand command) {
        if (active) {
            throw refusal(QueueRules.alreadyQueued());
        }
        BusinessError error = QueueRules.eligibility(
                command.item(), command.marketplaceId(), command.reprice(), command.guardRails());
        if (error == null) {
            error = QueueRules.sellerSku(command.resolution().sellerSku());
        }
        if (error != null) {
            throw refusal(error);
        }
        Money myPrice = command.item().price();
        Money live = command.resolution().livePrice();
        apply(new ItemQueuedEvent(
                command.queueItemId(),
                command.accountId(),
                command.marketplaceId(),
                command.item(),
                command.reprice(),
                command.resolution(),
                command.guardRails(),
                QueueRules.needsConfirmation(myPrice, live, command.guardRails()),
                command.queuedAt()));
        if (command.otherQueuedPrice() != null && !command.otherQueuedPrice().sameAmount(myPrice)) {
            // the queue conflict first: it must be resolved before submit; Amazon's follows once it is resolved
            apply(new PriceConflictDetectedEvent(
                    queueItemId, itemId, ConflictKind.QUEUE, myPrice, command.otherQueuedPrice()));
        } else {
            checkAmazon(myPrice);
        }
    }

    /**
     * Another active entry for the same seller SKU is at a different price. An entry with an open conflict keeps it
     * (the service checks again after it is answered), unless it is a queue conflict against a price that has since
     * changed: then the other price is brought up to date.
     */
    @CommandHandler
    void handle(FlagQueueConflictCommand command) {
        requireActive();
        Money other = command.otherPrice();
        if (other == null || other.sameAmount(price)) {
            return;
        }
        if (openConflict == ConflictKind.AMAZON
                || (openConflict == ConflictKind.QUEUE && theirPrice != null && theirPrice.sameAmount(other))) {
            return;
        }
        apply(new PriceConflictDetectedEvent(queueItemId, itemId, ConflictKind.QUEUE, price, other));
    }

    /** The other entries for the SKU agree now: an open queue conflict ends with the entry's own price. */
    @CommandHandler
    void handle(ClearQueueConflictCommand command) {
        requireActive();
        if (openConflict != ConflictKind.QUEUE) {
            return;
        }
        apply(new PriceConflictResolvedEvent(
                queueItemId,
                itemId,
                ConflictResolution.USE_MY_PRICE,
                price,
                needsConfirmation(price),
                ConflictKind.QUEUE));
        checkAmazon(price);
    }

    @CommandHandler
    void handle(ResolvePriceConflictCommand command) {
        requireActive();
        if (openConflict == null) {
            throw new BusinessException(ErrorCode.CONFLICT, "entryId", "This entry has no open price conflict");
        }
        if (command.resolution() == null) {
            throw BusinessException.invalid("resolution", "Choose use my price, use Amazon's price or skip");
        }
        ConflictKind kind = openConflict;
        switch (command.resolution()) {
            case USE_MY_PRICE -> {
                apply(new PriceConflictResolvedEvent(
                        queueItemId, itemId, ConflictResolution.USE_MY_PRICE, price, needsConfirmation(price), kind));
                if (kind == ConflictKind.QUEUE) {
                    checkAmazon(price);
                }
            }
            case USE_AMAZON_PRICE -> {
                Money other = theirPrice;
                apply(new PriceConflictResolvedEvent(
                        queueItemId,
                        itemId,
                        ConflictResolution.USE_AMAZON_PRICE,
                        other,
                        needsConfirmation(other),
                        kind));
                if (kind == ConflictKind.QUEUE) {
                    checkAmazon(other);
                }
            }
            case SKIP -> {
                apply(new PriceConflictResolvedEvent(
                        queueItemId, itemId, ConflictResolution.SKIP, price, needsConfirmation(price), kind));
                apply(new QueueItemRemovedEvent(queueItemId, itemId, RemovalReason.SKIPPED));
            }
        }
    }

    @CommandHandler
    void handle(RemoveQueueItemCommand command) {
        requireActive();
        RemovalReason reason = command.reason() == null ? RemovalReason.REMOVED_BY_USER : command.reason();
        apply(new QueueItemRemovedEvent(queueItemId, itemId, reason));
    }

    /**
     * A feed applied the entry and it is live on Amazon: it leaves the queue (and may be queued again later). An entry
     * no longer active, or queued after the feed was built (so not in it), is left alone.
     */
    @CommandHandler
    void handle(RecordQueueItemSyncedCommand command) {
        if (inFeed(command.feedBuiltAt())) {
            apply(new QueueItemSyncedEvent(queueItemId, itemId, command.feedId(), command.at()));
        }
    }

    /** A feed did not apply the entry: it stays queued with the reason (once per feed). */
    @CommandHandler
    void handle(RecordQueueItemSyncFailedCommand command) {
        if (inFeed(command.feedBuiltAt()) && !command.feedId().equals(failedBy)) {
            apply(new QueueItemSyncFailedEvent(queueItemId, itemId, command.feedId(), command.reason(), command.at()));
        }
    }

    @EventSourcingHandler
    void on(ItemQueuedEvent event) {
        queueItemId = event.queueItemId();
        itemId = event.item().itemId();
        active = true;
        price = event.item().price();
        livePrice = event.resolution().livePrice();
        guardRails = event.guardRails();
        openConflict = null;
        theirPrice = null;
        queuedAt = event.queuedAt();
        failedBy = null;
    }

    @EventSourcingHandler
    void on(PriceConflictDetectedEvent event) {
        openConflict = event.kind();
        theirPrice = event.theirPrice();
    }

    @EventSourcingHandler
    void on(PriceConflictResolvedEvent event) {
        price = event.price();
        openConflict = null;
        theirPrice = null;
    }

    @EventSourcingHandler
    void on(QueueItemRemovedEvent event) {
        active = false;
        openConflict = null;
        theirPrice = null;
    }

    @EventSourcingHandler
    void on(QueueItemSyncedEvent event) {
        active = false;
        openConflict = null;
        theirPrice = null;
    }

    @EventSourcingHandler
    void on(QueueItemSyncFailedEvent event) {
        failedBy = event.feedId();
    }

    /** The entry is the one the feed carried: still active and queued no later than the feed was built. */
    private boolean inFeed(Instant feedBuiltAt) {
        return active && (queuedAt == null || feedBuiltAt == null || !queuedAt.isAfter(feedBuiltAt));
    }

    /** Records the Amazon conflict when the live price differs from the entry's (price). */
    private void checkAmazon(Money entryPrice) {
        if (livePrice != null && !livePrice.sameAmount(entryPrice)) {
            apply(new PriceConflictDetectedEvent(queueItemId, itemId, ConflictKind.AMAZON, entryPrice, livePrice));
        }
    }

    private boolean needsConfirmation(Money newPrice) {
        return QueueRules.needsConfirmation(newPrice, livePrice, guardRails);
    }

    private void requireActive() {
        if (!active) {
            throw new BusinessException(ErrorCode.NOT_FOUND, "entryId", "This item is not in the queue");
        }
    }

    private static BusinessException refusal(BusinessError error) {
        return new BusinessException(error.code(), error.field(), error.message());
    }
}
