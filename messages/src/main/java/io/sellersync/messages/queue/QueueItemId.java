// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.queue;

import io.sellersync.messages.accounts.AccountId;
import io.sellersync.messages.inventory.InventoryItemId;
import io.sellersync.messages.shared.MarketplaceId;

/**
 * Identity of a queue entry: one inventory item for one account and marketplace, so the same item can be queued once
 * per target. {@code toString()} is the raw value (Axon stores it as a string).
 */
public record QueueItemId(String value) {

    public QueueItemId {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("queue entry id is required");
        }
    }

    public static QueueItemId of(InventoryItemId item, AccountId account, MarketplaceId marketplace) {
        return new QueueItemId(item.value() + "@" + account.value() + "@" + marketplace.value());
    }

    /** The inventory item part of the id. */
    public InventoryItemId itemId() {
        return new InventoryItemId(value.substring(0, value.indexOf('@') < 0 ? value.length() : value.indexOf('@')));
    }

    @Override
    public String toString() {
        return value;
    }
}
