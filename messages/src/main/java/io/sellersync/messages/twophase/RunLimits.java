// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.twophase;

import java.time.Duration;

/**
 * The waits of one run, fixed when it starts: how long a new price may take to go live ({@code priceTimeout}), how
 * long the other SKUs still get once the first price is live ({@code settleAfterFirst}, so one slow SKU does not hold
 * the batch), how long a rescued offer's price may take ({@code rescueTimeout}), and how many rescues one SKU gets.
 */
public record RunLimits(Duration priceTimeout, Duration settleAfterFirst, Duration rescueTimeout, int maxRescues) {

    public static final RunLimits DEFAULT =
            new RunLimits(Duration.ofHours(2), Duration.ofMinutes(30), Duration.ofHours(2), 2);

    public RunLimits {
        if (priceTimeout == null || priceTimeout.isNegative() || priceTimeout.isZero()) {
            throw new IllegalArgumentException("priceTimeout must be positive");
        }
        if (settleAfterFirst == null || settleAfterFirst.isNegative()) {
            throw new IllegalArgumentException("settleAfterFirst must be >= 0");
        }
        if (rescueTimeout == null || rescueTimeout.isNegative() || rescueTimeout.isZero()) {
            throw new IllegalArgumentException("rescueTimeout must be positive");
        }
        if (maxRescues < 1) {
            throw new IllegalArgumentException("maxRescues must be >= 1");
        }
    }
}
