// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.orders;

import io.sellersync.messages.accounts.AccountId;
import java.time.Instant;

/**
 * A backfill of the account's orders created in {@code [from, to)}: read in {@code createdAfter} windows in the
 * background, resumable after a crash, its progress in {@link ListOrderBackfillsQuery}. {@code backfillId} is the
 * caller's (a repeated id joins the backfill instead of starting another). Answered with the backfill id.
 */
public record BackfillOrdersCommand(String backfillId, AccountId accountId, Instant from, Instant to) {}
