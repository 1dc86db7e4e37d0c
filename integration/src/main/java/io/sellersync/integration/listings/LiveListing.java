// SPDX-License-Identifier: Apache-2.0
package io.sellersync.integration.listings;

import io.sellersync.messages.inventory.ItemCondition;
import io.sellersync.messages.shared.Money;

/** A listing as Amazon shows it right now in one marketplace; price and quantity are null when Amazon has none. */
public record LiveListing(String sellerSku, String asin, ItemCondition condition, Money price, Integer quantity) {}
