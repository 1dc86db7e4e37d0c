// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.listings;

/**
 * The listing cache per connected account and enabled marketplace; answered with a list of
 * {@link ListingCacheStatusView}.
 */
public record ListingCacheStatusQuery() {}
