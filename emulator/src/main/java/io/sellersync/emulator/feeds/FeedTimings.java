// SPDX-License-Identifier: Apache-2.0
package io.sellersync.emulator.feeds;

import java.time.Duration;

/**
 * How long a feed waits in the queue and how long processing takes (emulated time), and whether result documents are
 * stored gzip-compressed ({@code compressionAlgorithm: GZIP}).
 */
public record FeedTimings(Duration queueDelay, Duration processingTime, boolean gzipResults) {

    public static final FeedTimings DEFAULT = new FeedTimings(Duration.ofSeconds(30), Duration.ofSeconds(60), false);

    public FeedTimings {
        if (queueDelay.isNegative() || processingTime.isNegative()) {
            throw new IllegalArgumentException("feed delays must be >= 0");
        }
    }
}
