// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.finances;

import io.sellersync.messages.accounts.AccountId;

/**
 * Orders with their money, mismatches first, then the latest; {@code search} matches the order id. Answers an
 * {@link OrderReconciliationPage}.
 */
public record OrderReconciliationQuery(
        AccountId accountId, String search, boolean mismatchesOnly, int page, int size) {}
