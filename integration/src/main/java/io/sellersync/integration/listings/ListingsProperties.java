// SPDX-License-Identifier: Apache-2.0
package io.sellersync.integration.listings;

import java.time.Duration;
import java.time.LocalTime;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How listings are resolved and kept: the pattern of generated SKUs ({@code {ASIN}}, {@code {COND}} — a short
 * condition code such as NEW or UVG — and {@code {RAND4}}, four random characters A–Z/0–9; at most 40 characters
 * once filled in), how long a Catalog Items product type is reused, how the listing report is polled, and when the
 * daily report import and drift check run (UTC).
 */
@ConfigurationProperties("sellersync.listings")
public record ListingsProperties(
        @DefaultValue("{ASIN}-{COND}-{RAND4}") String skuPattern,
        @DefaultValue("180d") Duration productTypeTtl,
        @DefaultValue("30s") Duration reportPollInterval,
        @DefaultValue("2h") Duration reportTimeout,
        @DefaultValue("03:30") LocalTime dailyImportAt,
        @DefaultValue("04:30") LocalTime dailyDriftCheckAt) {

    public ListingsProperties {
        SkuPattern.validate(skuPattern);
    }

    /** The defaults, for tests. */
    public static ListingsProperties defaults() {
        return new ListingsProperties(
                "{ASIN}-{COND}-{RAND4}",
                Duration.ofDays(180),
                Duration.ofSeconds(30),
                Duration.ofHours(2),
                LocalTime.of(3, 30),
                LocalTime.of(4, 30));
    }
}
