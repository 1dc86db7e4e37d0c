// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.twophase;

import io.sellersync.messages.accounts.AccountId;
import io.sellersync.messages.shared.MarketplaceId;

/**
 * Runs, newest first ({@code accountId} / {@code marketplaceId} null = any; {@code inFlightOnly} = not ended yet);
 * answers a {@link SyncRunPage}.
 */
public record ListSyncRunsQuery(
        AccountId accountId, MarketplaceId marketplaceId, boolean inFlightOnly, int page, int size) {}
