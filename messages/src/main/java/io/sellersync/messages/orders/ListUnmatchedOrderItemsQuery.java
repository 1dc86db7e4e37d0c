// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.orders;

import io.sellersync.messages.accounts.AccountId;

/**
 * The order items with open unmatched units (oldest purchase first), of an account or all ({@code accountId} null);
 * answers an {@link UnmatchedOrderItemPage}.
 */
public record ListUnmatchedOrderItemsQuery(AccountId accountId, int page, int size) {}
