// SPDX-License-Identifier: Apache-2.0
package io.sellersync.api.config;

import io.sellersync.messages.twophase.RunLimits;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Two-phase runs ({@code sellersync.twophase.*}): how long a new price may take to go live before its SKU is held
 * (price-timeout), how long the rest still get once the first price is live (settle-after-first), how long a rescued
 * offer's price may take (rescue-timeout) and how many rescues one SKU gets (max-rescues). Fixed per run at its start.
 */
@ConfigurationProperties("sellersync.twophase")
public record TwoPhaseProperties(
        @DefaultValue("2h") Duration priceTimeout,
        @DefaultValue("30m") Duration settleAfterFirst,
        @DefaultValue("2h") Duration rescueTimeout,
        @DefaultValue("2") int maxRescues) {

    public RunLimits limits() {
        return new RunLimits(priceTimeout, settleAfterFirst, rescueTimeout, maxRescues);
    }
}
