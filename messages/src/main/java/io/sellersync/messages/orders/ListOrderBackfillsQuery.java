// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.orders;

import io.sellersync.messages.accounts.AccountId;

/** The order backfills (latest first), of an account or all ({@code accountId} null); answers a {@code List<OrderBackfillView>}. */
public record ListOrderBackfillsQuery(AccountId accountId) {}
