// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.listings;

import io.sellersync.messages.inventory.ItemCondition;

/** "Which seller SKU sells this ASIN in this condition?" — one line of a {@link ResolveListingsQuery}. */
public record ListingRequest(String asin, ItemCondition condition) {}
