// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.listings;

import io.sellersync.messages.accounts.AccountId;
import java.time.Instant;

/**
 * The last drift check of one account: {@code state} is {@code QUEUED, RUNNING, DONE} or {@code FAILED}; how many
 * listed items were compared; the last error in words (null when the check worked).
 */
public record PriceDriftCheckView(
        AccountId accountId, String state, Instant startedAt, Instant finishedAt, int compared, String lastError) {}
