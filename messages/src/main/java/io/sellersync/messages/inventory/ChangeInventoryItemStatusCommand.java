// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.inventory;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Moves an item to another status ("sold on eBay", "listed by the sync"); the same status again changes nothing. */
public record ChangeInventoryItemStatusCommand(
        @TargetAggregateIdentifier InventoryItemId itemId, InventoryStatus status, String reason) {}
