// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.finances;

import io.sellersync.messages.accounts.AccountId;
import java.time.Instant;

/**
 * Per SKU over the posted range {@code [from, to)} (either may be null), highest net first; {@code search} matches the
 * SKU or ASIN. Answers a {@link SkuSummaryPage}.
 */
public record SkuSummaryQuery(AccountId accountId, Instant from, Instant to, String search, int page, int size) {}
