// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.orders;

import io.sellersync.messages.inventory.InventoryItemId;
import io.sellersync.messages.shared.Money;
import java.time.Instant;

/** Units of one inventory item sold by an order item, at {@code salePrice} each; {@code byUser} when picked by hand. */
public record LinkedUnitsView(
        InventoryItemId itemId, String localSku, int units, Money salePrice, boolean byUser, Instant linkedAt) {}
