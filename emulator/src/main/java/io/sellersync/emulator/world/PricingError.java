// SPDX-License-Identifier: Apache-2.0
package io.sellersync.emulator.world;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * An offer Amazon deactivated for a potential pricing error: its live price went below half of the reference price
 * (the last price that went live without one). Until a plausible price goes live, the offer is neither buyable nor
 * discoverable in that marketplace.
 */
public record PricingError(String marketplaceId, BigDecimal price, BigDecimal referencePrice, Instant since) {

    static final BigDecimal THRESHOLD = new BigDecimal("0.5");

    static boolean suspicious(BigDecimal price, BigDecimal reference) {
        return price != null && reference != null && price.compareTo(reference.multiply(THRESHOLD)) < 0;
    }
}
