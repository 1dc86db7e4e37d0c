// SPDX-License-Identifier: Apache-2.0
package io.sellersync.api.config;

import io.sellersync.command.feed.FeedTimings;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Feed pacing ({@code sellersync.feeds.*}): status polls from poll-min growing to poll-max, a feed slow after
 * queue-warning and stuck after queue-stuck in Amazon's queue, read-back from verify-first doubling to verify-max, and
 * the read-back timeouts for existing and new SKUs. Tests set them to seconds.
 */
@ConfigurationProperties("sellersync.feeds")
public record FeedProperties(
        @DefaultValue("10s") Duration pollMin,
        @DefaultValue("5m") Duration pollMax,
        @DefaultValue("30m") Duration queueWarning,
        @DefaultValue("3h") Duration queueStuck,
        @DefaultValue("1m") Duration verifyFirst,
        @DefaultValue("10m") Duration verifyMax,
        @DefaultValue("1h") Duration verifyTimeout,
        @DefaultValue("2h") Duration verifyTimeoutNewSku) {

    public FeedTimings timings() {
        return new FeedTimings(
                pollMin, pollMax, queueWarning, queueStuck, verifyFirst, verifyMax, verifyTimeout, verifyTimeoutNewSku);
    }
}
