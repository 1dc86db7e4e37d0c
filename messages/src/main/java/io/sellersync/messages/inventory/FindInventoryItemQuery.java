// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.inventory;

/** One item by id; answered with {@code Optional<InventoryItemView>}. */
public record FindInventoryItemQuery(InventoryItemId itemId) {}
