// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.feed;

import java.time.Duration;

/**
 * A feed's own read-back limits, when whoever built it needs other ones than the application's defaults: how long an
 * accepted message may take to show live (existing offers, new offers), and how long the rest still get once the
 * first message is verified ({@code settleAfterFirst}, null = no such cut-off).
 */
public record ReadBackLimits(Duration verifyTimeout, Duration verifyTimeoutNewSku, Duration settleAfterFirst) {

    public ReadBackLimits {
        if (verifyTimeout == null || verifyTimeout.isNegative() || verifyTimeout.isZero()) {
            throw new IllegalArgumentException("verifyTimeout must be positive");
        }
        if (verifyTimeoutNewSku == null || verifyTimeoutNewSku.isNegative() || verifyTimeoutNewSku.isZero()) {
            throw new IllegalArgumentException("verifyTimeoutNewSku must be positive");
        }
        if (settleAfterFirst != null && settleAfterFirst.isNegative()) {
            throw new IllegalArgumentException("settleAfterFirst must be >= 0");
        }
    }
}
