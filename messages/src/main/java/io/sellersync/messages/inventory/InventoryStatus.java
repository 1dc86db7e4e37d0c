// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.inventory;

/** Where a local item stands: not yet on Amazon, listed, sold, or returned. */
public enum InventoryStatus {
    BACKLOG,
    LISTED,
    SOLD,
    RETURNED
}
