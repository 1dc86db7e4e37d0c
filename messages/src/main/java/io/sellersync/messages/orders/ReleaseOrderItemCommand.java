// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.orders;

/**
 * Releases an order item's linked inventory units (the seller records a return; cancellations are released by the
 * sync on its own). Returned units go to {@code RETURNED}, cancelled ones back to {@code LISTED}.
 */
public record ReleaseOrderItemCommand(AmazonOrderId orderId, String orderItemId, ReleaseReason reason) {}
