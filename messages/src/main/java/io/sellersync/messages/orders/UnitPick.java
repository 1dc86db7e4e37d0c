// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.orders;

import io.sellersync.messages.inventory.InventoryItemId;

/** {@code units} units of inventory item {@code itemId}. */
public record UnitPick(InventoryItemId itemId, int units) {}
