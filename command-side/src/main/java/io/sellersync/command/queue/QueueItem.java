// SPDX-License-Identifier: Apache-2.0
package io.sellersync.command.queue;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.sellersync.messages.accounts.GuardRails;
import io.sellersync.messages.inventory.InventoryItemId;
import io.sellersync.messages.queue.ConflictKind;
import io.sellersync.messages.queue.ConflictResolution;
import io.sellersync.messages.queue.ItemQueuedEvent;
import io.sellersync.messages.queue.PriceConflictDetectedEvent;
import io.sellersync.messages.queue.PriceConflictResolvedEvent;
import io.sellersync.messages.queue.QueueInventoryItemCommand;
import io.sellersync.messages.queue.QueueItemId;
import io.sellersync.messages.queue.QueueItemRemovedEvent;
import io.sellersync.messages.queue.QueueRules;
import io.sellersync.messages.queue.RemovalReason;
import io.sellersync.messages.queue.RemoveQueueItemCommand;
import io.sellersync.messages.queue.ResolvePriceConflictCommand;
import io.sellersync.messages.shared.BusinessError;
import io.sellersync.messages.shared.BusinessException;
import io.sellersync.messages.shared.ErrorCode;
import io.sellersync.messages.shared.Money;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;

/**
 * One inventory item queued for one account and marketplace. It decides eligibility (with the words of
 * {@link QueueRules}), records price conflicts as a normal outcome and keeps one entry per item and target: an active
 * entry cannot be queued twice, a removed one may come back.
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
        if (live != null && !live.sameAmount(myPrice)) {
            apply(new PriceConflictDetectedEvent(queueItemId, itemId, ConflictKind.AMAZON, myPrice, live));
        } else if (command.otherQueuedPrice() != null
                && !command.otherQueuedPrice().sameAmount(myPrice)) {
            apply(new PriceConflictDetectedEvent(
                    queueItemId, itemId, ConflictKind.QUEUE, myPrice, command.otherQueuedPrice()));
        }
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
        switch (command.resolution()) {
            case USE_MY_PRICE ->
                apply(new PriceConflictResolvedEvent(
                        queueItemId, itemId, ConflictResolution.USE_MY_PRICE, price, needsConfirmation(price)));
            case USE_AMAZON_PRICE ->
                apply(new PriceConflictResolvedEvent(
                        queueItemId,
                        itemId,
                        ConflictResolution.USE_AMAZON_PRICE,
                        theirPrice,
                        needsConfirmation(theirPrice)));
            case SKIP -> {
                apply(new PriceConflictResolvedEvent(
                        queueItemId, itemId, ConflictResolution.SKIP, price, needsConfirmation(price)));
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
