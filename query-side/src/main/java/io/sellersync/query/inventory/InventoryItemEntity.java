// SPDX-License-Identifier: Apache-2.0
package io.sellersync.query.inventory;

import io.sellersync.messages.inventory.InventoryItemCreatedEvent;
import io.sellersync.messages.inventory.InventoryItemDetailsChangedEvent;
import io.sellersync.messages.inventory.InventoryItemId;
import io.sellersync.messages.inventory.InventoryItemView;
import io.sellersync.messages.inventory.InventoryStatus;
import io.sellersync.messages.inventory.ItemCondition;
import io.sellersync.messages.shared.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;

/** One row of the inventory read model; money as amount + currency columns. */
@Entity
@Table(name = "inventory_item")
class InventoryItemEntity {

    @Id
    @Column(name = "item_id")
    private String itemId;

    @Column(name = "local_sku")
    private String localSku;

    private String asin;

    private String title;

    @Enumerated(EnumType.STRING)
    @Column(name = "item_condition")
    private ItemCondition condition;

    @Column(name = "price_amount")
    private BigDecimal priceAmount;

    @Column(name = "price_currency")
    private String priceCurrency;

    private int quantity;

    @Column(name = "cost_amount")
    private BigDecimal costAmount;

    @Column(name = "cost_currency")
    private String costCurrency;

    @Enumerated(EnumType.STRING)
    private InventoryStatus status;

    private String notes;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected InventoryItemEntity() {}

    InventoryItemEntity(InventoryItemCreatedEvent event, Instant at) {
        this.itemId = event.itemId().value();
        this.localSku = event.localSku();
        this.asin = event.asin();
        this.title = event.title();
        this.condition = event.condition();
        price(event.price(), at);
        this.quantity = event.quantity();
        cost(event.cost());
        this.status = event.status();
        this.notes = event.notes();
        this.createdAt = at;
        this.updatedAt = at;
    }

    void details(InventoryItemDetailsChangedEvent event, Instant at) {
        if (event.changes(InventoryItemDetailsChangedEvent.LOCAL_SKU)) {
            localSku = event.localSku();
        }
        if (event.changes(InventoryItemDetailsChangedEvent.ASIN)) {
            asin = event.asin();
        }
        if (event.changes(InventoryItemDetailsChangedEvent.TITLE)) {
            title = event.title();
        }
        if (event.changes(InventoryItemDetailsChangedEvent.CONDITION)) {
            condition = event.condition();
        }
        if (event.changes(InventoryItemDetailsChangedEvent.QUANTITY)) {
            quantity = event.quantity();
        }
        if (event.changes(InventoryItemDetailsChangedEvent.COST)) {
            cost(event.cost());
        }
        if (event.changes(InventoryItemDetailsChangedEvent.NOTES)) {
            notes = event.notes();
        }
        updatedAt = at;
    }

    void price(Money price, Instant at) {
        priceAmount = price == null ? null : price.amount();
        priceCurrency = price == null ? null : price.currency().getCurrencyCode();
        updatedAt = at;
    }

    void status(InventoryStatus status, Instant at) {
        this.status = status;
        updatedAt = at;
    }

    private void cost(Money cost) {
        costAmount = cost == null ? null : cost.amount();
        costCurrency = cost == null ? null : cost.currency().getCurrencyCode();
    }

    InventoryItemView toView() {
        return new InventoryItemView(
                new InventoryItemId(itemId),
                localSku,
                asin,
                title,
                condition,
                Money.ofStored(priceAmount, priceCurrency == null ? null : Currency.getInstance(priceCurrency)),
                quantity,
                Money.ofStored(costAmount, costCurrency == null ? null : Currency.getInstance(costCurrency)),
                status,
                notes,
                createdAt,
                updatedAt);
    }
}
