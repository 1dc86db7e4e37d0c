// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.inventory;

import io.sellersync.messages.shared.Money;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Order linking: the item sells units to one order item, identified by {@code saleKey} (the order and its item).
 * {@code wantedUnits} is how many units this sale should hold <em>in total</em> on this item; the item sells what it
 * still has unsold (it must be {@code LISTED}, or already hold the sale) and answers the units the sale holds after,
 * so a repeat changes nothing. Once every unit is sold the item is {@code SOLD}.
 */
public record SellInventoryUnitsCommand(
        @TargetAggregateIdentifier InventoryItemId itemId,
        String saleKey,
        String amazonOrderId,
        int wantedUnits,
        Money salePrice) {}
