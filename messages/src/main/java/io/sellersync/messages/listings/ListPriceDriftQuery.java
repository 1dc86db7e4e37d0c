// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.listings;

import io.sellersync.messages.accounts.AccountId;

/**
 * The price differences the last drift checks found, for one account or all (null); answered with
 * {@link PriceDriftReport}.
 */
public record ListPriceDriftQuery(AccountId accountId) {}
