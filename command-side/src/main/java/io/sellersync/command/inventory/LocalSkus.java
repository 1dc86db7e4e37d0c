// SPDX-License-Identifier: Apache-2.0
package io.sellersync.command.inventory;

import io.sellersync.messages.inventory.InventoryItemId;
import java.util.Optional;

/**
 * Which item holds a local SKU. An aggregate sees only itself, so uniqueness across the inventory needs this
 * set-based lookup; it is injected into the command handlers ({@link LocalSkuTable} in the application, a map in tests).
 */
public interface LocalSkus {

    Optional<InventoryItemId> ownerOf(String localSku);
}
