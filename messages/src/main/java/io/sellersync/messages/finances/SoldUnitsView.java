// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.finances;

import io.sellersync.messages.accounts.AccountId;
import io.sellersync.messages.inventory.InventoryItemId;
import io.sellersync.messages.orders.AmazonOrderId;
import io.sellersync.messages.shared.Money;
import java.time.Instant;

/**
 * {@code units} of inventory item {@code itemId} sold by one order line, with their share of the line's money: the
 * line's transactions' sales ({@code gross}), refunds, fees and net proceeds, split evenly across the
 * {@code lineUnits} units of the line, remainder cents to the line's first units in link order, so the shares of all
 * units add up to the line's figures to the cent. {@code transactions} counts the line's transactions (0: no money
 * posted yet, every figure zero). {@code cost} is the item's cost × units when known in the same currency, and
 * {@code margin} = net − cost then; null otherwise.
 */
public record SoldUnitsView(
        AccountId accountId,
        AmazonOrderId orderId,
        String amazonOrderId,
        String orderItemId,
        String sellerSku,
        InventoryItemId itemId,
        String localSku,
        int units,
        int lineUnits,
        Instant linkedAt,
        int transactions,
        String currency,
        Money gross,
        Money refunds,
        Money fees,
        Money net,
        Money cost,
        Money margin) {}
