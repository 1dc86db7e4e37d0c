// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.orders;

import io.sellersync.messages.accounts.AccountId;

/**
 * The order sync of each account (or one, {@code accountId} non-null): what runs now and how far it got. Answers a
 * {@code List<OrderSyncStatusView>}. Poll it (every second or two) for live progress.
 */
public record FindOrderSyncStatusQuery(AccountId accountId) {}
