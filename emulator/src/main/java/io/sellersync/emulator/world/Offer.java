// SPDX-License-Identifier: Apache-2.0
package io.sellersync.emulator.world;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A listing's presence in one marketplace with its live price (null when the listing has no offer there yet).
 *
 * <p>Money is a {@link BigDecimal} in the marketplace's currency, never a double.
 */
public record Offer(String marketplaceId, String currency, BigDecimal price, Instant createdDate) {

    public Offer withPrice(BigDecimal newPrice) {
        return new Offer(marketplaceId, currency, newPrice, createdDate);
    }
}
