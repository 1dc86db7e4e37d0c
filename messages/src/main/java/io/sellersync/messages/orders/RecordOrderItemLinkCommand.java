// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.orders;

import io.sellersync.messages.inventory.InventoryItemId;
import io.sellersync.messages.shared.Money;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Sent by the linking once inventory item {@code itemId} has sold {@code unitsOnItem} units <em>in total</em> to this
 * order item (the inventory item is the source of truth for its units): the order records the difference to what it
 * had linked from that item, so a repeat changes nothing. Refused when it would link more than the item shipped.
 */
public record RecordOrderItemLinkCommand(
        @TargetAggregateIdentifier AmazonOrderId orderId,
        String orderItemId,
        InventoryItemId itemId,
        String localSku,
        int unitsOnItem,
        Money salePrice,
        boolean byUser,
        Instant at) {}
