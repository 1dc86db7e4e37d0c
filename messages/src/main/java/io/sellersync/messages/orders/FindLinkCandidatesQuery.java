// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.orders;

/**
 * The {@code LISTED} inventory items an order item may have sold, best first: those whose local SKU is the seller SKU,
 * then those with the ASIN, each oldest first; at most {@code limit}. Answers a {@code List<InventoryItemView>}.
 */
public record FindLinkCandidatesQuery(String sellerSku, String asin, int limit) {}
