// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.feed;

import io.sellersync.messages.accounts.AccountId;
import io.sellersync.messages.shared.MarketplaceId;

/**
 * The submissions for one account and marketplace that have not finished (including read-back) and the SKUs they
 * carry; answered with {@link FeedsInFlightView}. The builder leaves those SKUs for the next feed.
 */
public record FindFeedsInFlightQuery(AccountId accountId, MarketplaceId marketplaceId) {}
