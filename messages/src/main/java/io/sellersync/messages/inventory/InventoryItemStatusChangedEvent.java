// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.inventory;

/** An item moved from one status to another; {@code reason} says why, or is null. */
public record InventoryItemStatusChangedEvent(
        InventoryItemId itemId, String localSku, InventoryStatus from, InventoryStatus to, String reason)
        implements InventoryItemEvent {

    @Override
    public String describe() {
        String text = "Status of " + localSku + " changed from " + from + " to " + to;
        return reason == null || reason.isBlank() ? text : text + " (" + reason + ")";
    }
}
