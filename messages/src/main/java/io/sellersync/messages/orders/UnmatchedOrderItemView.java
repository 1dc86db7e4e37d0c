// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.orders;

import io.sellersync.messages.accounts.AccountId;
import io.sellersync.messages.shared.MarketplaceId;
import io.sellersync.messages.shared.Money;
import java.time.Instant;

/** An order item whose shipped units match no listed inventory yet. */
public record UnmatchedOrderItemView(
        AmazonOrderId orderId,
        AccountId accountId,
        String amazonOrderId,
        String orderItemId,
        MarketplaceId marketplaceId,
        Instant purchaseDate,
        String sellerSku,
        String asin,
        String title,
        int unmatchedUnits,
        Money unitPrice) {}
