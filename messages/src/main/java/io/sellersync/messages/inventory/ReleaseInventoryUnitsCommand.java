// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.inventory;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Order linking: the sale {@code saleKey} gives its units back (cancelled or returned); a returned unit makes the item
 * {@code RETURNED}, a cancelled one {@code LISTED} again. Answers the units released (0 for a repeat).
 */
public record ReleaseInventoryUnitsCommand(
        @TargetAggregateIdentifier InventoryItemId itemId, String saleKey, boolean returned) {}
