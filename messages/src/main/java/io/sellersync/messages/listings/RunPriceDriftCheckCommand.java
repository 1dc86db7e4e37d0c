// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.listings;

import io.sellersync.messages.accounts.AccountId;

/**
 * "Check now": compares the local prices of listed inventory items with Amazon's live prices for one account (every
 * connected account when {@code accountId} is null). Runs in the background.
 */
public record RunPriceDriftCheckCommand(AccountId accountId) {}
