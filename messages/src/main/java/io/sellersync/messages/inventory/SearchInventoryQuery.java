// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.inventory;

/**
 * A page of the inventory, filtered and sorted on the server; answered with {@link InventoryPage}. {@code text}
 * matches local SKU, ASIN or title (case-insensitive, contains); null filters match everything. {@code sort} is one
 * of {@code localSku, asin, title, condition, price, quantity, status, updatedAt}; {@code page} counts from 0.
 */
public record SearchInventoryQuery(
        String text,
        InventoryStatus status,
        ItemCondition condition,
        String sort,
        boolean descending,
        int page,
        int size) {}
