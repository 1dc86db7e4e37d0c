// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.listings;

import io.sellersync.messages.accounts.AccountId;
import io.sellersync.messages.inventory.InventoryItemId;
import io.sellersync.messages.inventory.ItemCondition;
import io.sellersync.messages.shared.MarketplaceId;
import io.sellersync.messages.shared.Money;
import java.time.Instant;

/**
 * A listed item whose local price differs from Amazon's live price for its seller SKU; {@code livePrice} is null
 * when Amazon shows no offer price for the SKU.
 */
public record PriceDriftView(
        AccountId accountId,
        MarketplaceId marketplaceId,
        InventoryItemId itemId,
        String localSku,
        String asin,
        ItemCondition condition,
        String sellerSku,
        Money localPrice,
        Money livePrice,
        Instant checkedAt) {}
