// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.inventory;

/** An item's events, oldest first; answered with a list of {@link InventoryHistoryEntryView} (empty when unknown). */
public record FindInventoryHistoryQuery(InventoryItemId itemId) {}
