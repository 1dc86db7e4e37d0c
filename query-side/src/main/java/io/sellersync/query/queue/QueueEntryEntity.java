// SPDX-License-Identifier: Apache-2.0
package io.sellersync.query.queue;

import io.sellersync.messages.accounts.AccountId;
import io.sellersync.messages.feed.FeedId;
import io.sellersync.messages.inventory.InventoryItemId;
import io.sellersync.messages.inventory.ItemCondition;
import io.sellersync.messages.queue.ConflictKind;
import io.sellersync.messages.queue.ItemQueuedEvent;
import io.sellersync.messages.queue.QueueEntryView;
import io.sellersync.messages.queue.QueueItemId;
import io.sellersync.messages.shared.MarketplaceId;
import io.sellersync.messages.shared.Money;
import io.sellersync.messages.twophase.SyncRunId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;

/** One active queue entry; amounts share the entry's currency (the marketplace's). */
@Entity
@Table(name = "queue_entry")
class QueueEntryEntity {

    @Id
    @Column(name = "queue_item_id")
    private String queueItemId;

    @Column(name = "item_id")
    private String itemId;

    @Column(name = "account_id")
    private String accountId;

    @Column(name = "marketplace_id")
    private String marketplaceId;

    @Column(name = "local_sku")
    private String localSku;

    private String title;
    private String asin;

    @Column(name = "condition_code")
    private String conditionCode;

    @Column(name = "seller_sku")
    private String sellerSku;

    @Column(name = "new_sku")
    private boolean newSku;

    @Column(name = "product_type")
    private String productType;

    private String currency;
    private BigDecimal price;
    private int quantity;

    @Column(name = "live_price")
    private BigDecimal livePrice;

    @Column(name = "live_quantity")
    private Integer liveQuantity;

    @Enumerated(EnumType.STRING)
    @Column(name = "conflict_kind")
    private ConflictKind conflictKind;

    @Column(name = "their_price")
    private BigDecimal theirPrice;

    @Column(name = "needs_confirmation")
    private boolean needsConfirmation;

    private boolean reprice;

    @Column(name = "queued_at")
    private Instant queuedAt;

    /** The feed that carries the entry right now, else null. */
    @Column(name = "feed_id")
    private String feedId;

    /** Why the last feed did not apply the entry, else null. */
    @Column(name = "last_failure")
    private String lastFailure;

    @Column(name = "run_id")
    private String runId;

    protected QueueEntryEntity() {}

    QueueEntryEntity(ItemQueuedEvent event) {
        this.queueItemId = event.queueItemId().value();
        this.itemId = event.item().itemId().value();
        this.accountId = event.accountId().value();
        this.marketplaceId = event.marketplaceId().value();
        this.localSku = event.item().localSku();
        this.title = event.item().title();
        this.asin = event.item().asin();
        this.conditionCode = event.item().condition().code();
        this.sellerSku = event.resolution().sellerSku();
        this.newSku = event.resolution().newSku();
        this.productType = event.resolution().productType();
        this.currency = event.item().price().currency().getCurrencyCode();
        this.price = event.item().price().amount();
        this.quantity = event.item().quantity();
        this.livePrice = event.resolution().livePrice() == null
                ? null
                : event.resolution().livePrice().amount();
        this.liveQuantity = event.resolution().liveQuantity();
        this.needsConfirmation = event.needsConfirmation();
        this.reprice = event.reprice();
        this.queuedAt = event.queuedAt();
    }

    void conflict(ConflictKind kind, Money their) {
        this.conflictKind = kind;
        this.theirPrice = their == null ? null : their.amount();
    }

    void resolved(Money newPrice, boolean confirm) {
        this.conflictKind = null;
        this.theirPrice = null;
        this.price = newPrice.amount();
        this.needsConfirmation = confirm;
    }

    String feedId() {
        return feedId;
    }

    void syncFailed(String reason) {
        this.feedId = null;
        this.lastFailure = reason;
    }

    QueueEntryView toView() {
        Currency unit = Currency.getInstance(currency);
        return new QueueEntryView(
                new QueueItemId(queueItemId),
                new InventoryItemId(itemId),
                new AccountId(accountId),
                new MarketplaceId(marketplaceId),
                localSku,
                title,
                asin,
                ItemCondition.parse(conditionCode).orElseThrow(),
                sellerSku,
                newSku,
                productType,
                Money.ofStored(price, unit),
                quantity,
                Money.ofStored(livePrice, unit),
                liveQuantity,
                conflictKind,
                Money.ofStored(theirPrice, unit),
                needsConfirmation,
                reprice,
                queuedAt,
                feedId == null ? null : new FeedId(feedId),
                lastFailure,
                runId == null ? null : new SyncRunId(runId));
    }
}
