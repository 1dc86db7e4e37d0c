// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.finances;

import io.sellersync.messages.accounts.AccountId;
import io.sellersync.messages.shared.MarketplaceId;
import java.time.Instant;

/**
 * Which transactions a list, summary or export covers; every part may be null (= any). {@code postedFrom} is inclusive,
 * {@code postedTo} exclusive; {@code search} matches an order id, SKU, ASIN or Amazon transaction id.
 */
public record TransactionFilter(
        AccountId accountId,
        String type,
        String status,
        MarketplaceId marketplaceId,
        Instant postedFrom,
        Instant postedTo,
        String search,
        boolean uncategorisedOnly) {

    public static TransactionFilter all() {
        return new TransactionFilter(null, null, null, null, null, null, null, false);
    }
}
