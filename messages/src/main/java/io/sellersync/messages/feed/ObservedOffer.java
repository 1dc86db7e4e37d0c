// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.feed;

import io.sellersync.messages.shared.Money;

/** What Amazon shows live for a SKU of the feed right now; {@code found} false when Amazon has no such listing. */
public record ObservedOffer(String sku, boolean found, Money price, Integer quantity) {}
