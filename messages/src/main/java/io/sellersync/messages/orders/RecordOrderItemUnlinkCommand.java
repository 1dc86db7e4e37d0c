// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.orders;

import io.sellersync.messages.inventory.InventoryItemId;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Sent by the linking once inventory item {@code itemId} has released this order item's units; a repeat changes nothing. */
public record RecordOrderItemUnlinkCommand(
        @TargetAggregateIdentifier AmazonOrderId orderId,
        String orderItemId,
        InventoryItemId itemId,
        ReleaseReason reason,
        Instant at) {}
