// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.listings;

import io.sellersync.messages.accounts.AccountId;
import io.sellersync.messages.shared.MarketplaceId;

/**
 * "Import now": requests Amazon's {@code GET_MERCHANT_LISTINGS_ALL_DATA} report for one account and marketplace and
 * replaces the listing cache with it when it completes. Runs in the background; a request while one is running for
 * the same account and marketplace joins it.
 */
public record ImportListingReportCommand(AccountId accountId, MarketplaceId marketplaceId) {}
