// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.listings;

import io.sellersync.messages.accounts.AccountId;
import io.sellersync.messages.shared.MarketplaceId;
import java.time.Instant;

/**
 * The listing cache of one account in one marketplace: how many SKUs it holds, when the last report was imported,
 * what the import is doing now ({@code NEVER, QUEUED, WAITING_FOR_AMAZON, DONE, FAILED}) and the last error in words
 * (null when the last run worked).
 */
public record ListingCacheStatusView(
        AccountId accountId,
        String accountName,
        MarketplaceId marketplaceId,
        long skus,
        Instant lastImportAt,
        String state,
        String lastError,
        Instant updatedAt) {}
