// SPDX-License-Identifier: Apache-2.0
package io.sellersync.emulator.faults;

import java.time.Duration;
import java.time.Instant;

/**
 * Amazon's throttling model: {@code rate} tokens per second flow into a bucket of size {@code burst}; each request
 * takes one. It refills on the emulated clock, so advancing time refills it and a frozen clock never does.
 */
final class TokenBucket {

    private final double rate;
    private final double burst;
    private double tokens;
    private Instant last;

    TokenBucket(double rate, double burst, Instant now) {
        this.rate = rate;
        this.burst = burst;
        this.tokens = burst;
        this.last = now;
    }

    synchronized boolean tryTake(Instant now) {
        if (now.isAfter(last)) {
            double seconds = Duration.between(last, now).toNanos() / 1e9;
            tokens = Math.min(burst, tokens + seconds * rate);
            last = now;
        }
        if (tokens >= 1) {
            tokens -= 1;
            return true;
        }
        return false;
    }
}
