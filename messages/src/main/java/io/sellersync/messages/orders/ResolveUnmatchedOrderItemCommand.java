// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.orders;

import java.util.List;

/**
 * The seller picks the inventory units an order item's open unmatched units came from: each pick sells that many units
 * of the item (it must be {@code LISTED} with that many unsold) and links them. Refused, naming the field, when the
 * picks exceed the open units. Answered with the order item's linked units after.
 */
public record ResolveUnmatchedOrderItemCommand(AmazonOrderId orderId, String orderItemId, List<UnitPick> picks) {

    public ResolveUnmatchedOrderItemCommand {
        picks = picks == null ? List.of() : List.copyOf(picks);
    }
}
