// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.orders;

import io.sellersync.messages.accounts.AccountId;
import io.sellersync.messages.shared.MarketplaceId;
import io.sellersync.messages.shared.Money;
import java.time.Instant;

/**
 * One order as the list shows it: {@code lines} items, {@code units} ordered, {@code linkedUnits} sold from the
 * inventory and {@code unmatchedUnits} waiting in the unmatched list. {@code total} is null while pending.
 */
public record OrderView(
        AmazonOrderId orderId,
        AccountId accountId,
        String amazonOrderId,
        MarketplaceId marketplaceId,
        Instant purchaseDate,
        Instant lastUpdatedTime,
        String amazonStatus,
        OrderStatus status,
        FulfillmentChannel channel,
        Instant shipBy,
        Money total,
        int lines,
        int units,
        int linkedUnits,
        int unmatchedUnits) {}
