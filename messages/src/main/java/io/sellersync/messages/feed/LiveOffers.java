// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.feed;

import java.util.Map;

/** Live offers by seller SKU; a SKU Amazon does not know is absent. */
public record LiveOffers(Map<String, ObservedOffer> bySku) {

    public LiveOffers {
        bySku = Map.copyOf(bySku);
    }
}
