// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.orders;

/**
 * Runs the inventory linking of one order again (what the linking policy does on each order event): releases what
 * it no longer needs, links shipped units from listed inventory, records the rest as unmatched. Idempotent: on an
 * order whose links are in order it changes nothing. Answered with the order's linked units after.
 */
public record ReconcileOrderLinksCommand(AmazonOrderId orderId) {}
