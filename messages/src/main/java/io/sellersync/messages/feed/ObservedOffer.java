// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.feed;

import io.sellersync.messages.shared.Money;

/**
 * What Amazon shows live for a SKU right now; {@code found} false when Amazon has no such listing. {@code
 * merchantFulfilled} false for an offer Amazon fulfils (FBA): its quantity is Amazon's stock, which a feed must not set.
 */
public record ObservedOffer(String sku, boolean found, Money price, Integer quantity, boolean merchantFulfilled) {

    /** A merchant-fulfilled offer (or none). */
    public ObservedOffer(String sku, boolean found, Money price, Integer quantity) {
        this(sku, found, price, quantity, true);
    }
}
