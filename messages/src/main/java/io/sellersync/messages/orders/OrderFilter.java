// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.orders;

import io.sellersync.messages.accounts.AccountId;
import io.sellersync.messages.shared.MarketplaceId;
import java.time.Instant;

/**
 * Which orders a list, summary or chart covers; every part may be null (= any). {@code purchasedFrom} is inclusive,
 * {@code purchasedTo} exclusive; {@code search} matches an Amazon order id, a seller SKU or an ASIN of its items.
 */
public record OrderFilter(
        AccountId accountId,
        OrderStatus status,
        MarketplaceId marketplaceId,
        FulfillmentChannel channel,
        Instant purchasedFrom,
        Instant purchasedTo,
        LinkState link,
        String search) {

    public static OrderFilter all() {
        return new OrderFilter(null, null, null, null, null, null, null, null);
    }
}
