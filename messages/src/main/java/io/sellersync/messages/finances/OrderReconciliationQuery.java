// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.finances;

import io.sellersync.messages.accounts.AccountId;

/**
 * Orders with their money, mismatches first, then the latest; {@code search} matches the order id; {@code flag}, when
 * set, keeps only the orders with that flag. Answers an {@link OrderReconciliationPage}.
 */
public record OrderReconciliationQuery(
        AccountId accountId, String search, boolean mismatchesOnly, OrderReconciliationFlag flag, int page, int size) {

    public OrderReconciliationQuery(AccountId accountId, String search, boolean mismatchesOnly, int page, int size) {
        this(accountId, search, mismatchesOnly, null, page, size);
    }
}
