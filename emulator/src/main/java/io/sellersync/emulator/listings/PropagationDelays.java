// SPDX-License-Identifier: Apache-2.0
package io.sellersync.emulator.listings;

import java.time.Duration;

/**
 * How long an accepted change takes to go live on Amazon: quantity within about a minute, price much later, other
 * attributes in between. A client that verifies live prices must cope with exactly this gap.
 */
public record PropagationDelays(Duration quantity, Duration price, Duration attributes) {

    public static final PropagationDelays DEFAULT =
            new PropagationDelays(Duration.ofMinutes(1), Duration.ofMinutes(15), Duration.ofMinutes(5));

    public PropagationDelays {
        if (quantity.isNegative() || price.isNegative() || attributes.isNegative()) {
            throw new IllegalArgumentException("delays must be >= 0");
        }
    }
}
