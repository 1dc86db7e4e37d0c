// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.inventory;

import io.sellersync.messages.shared.Money;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Replaces an item's editable values with these (the edit form and GraphQL send all of them). Only what differs
 * becomes an event: details, price and status each have their own, so the history reads as what the seller changed.
 */
public record UpdateInventoryItemCommand(
        @TargetAggregateIdentifier InventoryItemId itemId,
        String localSku,
        String asin,
        String title,
        ItemCondition condition,
        Money price,
        int quantity,
        Money cost,
        InventoryStatus status,
        String notes) {}
