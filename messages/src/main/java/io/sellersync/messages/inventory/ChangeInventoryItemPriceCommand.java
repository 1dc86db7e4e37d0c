// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.inventory;

import io.sellersync.messages.shared.Money;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Sets an item's price, e.g. when the seller resolves a price conflict with "use Amazon's price"; {@code reason} is
 * shown in the item's history. The same price again changes nothing.
 */
public record ChangeInventoryItemPriceCommand(
        @TargetAggregateIdentifier InventoryItemId itemId, Money price, String reason) {}
