// SPDX-License-Identifier: Apache-2.0
package io.sellersync.integration.spapi;

import io.sellersync.messages.shared.Region;
import java.net.URI;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the client reaches Amazon: regional hosts, the LWA token endpoint, timeouts, the retry budget and the hosts
 * documents may come from. Every value has Amazon's production default; tests and demo mode point them at the
 * emulator.
 */
@ConfigurationProperties("sellersync.spapi")
public record SpApiProperties(
        Map<Region, URI> endpoints,

        @DefaultValue("https://api.amazon.com/auth/o2/token")
        URI lwaUrl,

        @DefaultValue("5s") Duration connectTimeout,
        @DefaultValue("30s") Duration readTimeout,
        @DefaultValue("5") int maxAttempts,
        @DefaultValue("1s") Duration initialBackoff,
        @DefaultValue("30s") Duration maxBackoff,

        @DefaultValue({
            "tortuga-prod-na.s3-external-1.amazonaws.com",
            "tortuga-prod-eu.s3-eu-west-1.amazonaws.com",
            "tortuga-prod-fe.s3-us-west-2.amazonaws.com"
        })
        List<String> documentHosts,

        @DefaultValue("sellersync/0.1 (Language=Java)") String userAgent) {

    private static final Map<Region, URI> AMAZON = Map.of(
            Region.NA, URI.create("https://sellingpartnerapi-na.amazon.com"),
            Region.EU, URI.create("https://sellingpartnerapi-eu.amazon.com"),
            Region.FE, URI.create("https://sellingpartnerapi-fe.amazon.com"));

    public SpApiProperties {
        Map<Region, URI> merged = new EnumMap<>(AMAZON);
        if (endpoints != null) {
            merged.putAll(endpoints);
        }
        endpoints = Map.copyOf(merged);
        documentHosts = List.copyOf(documentHosts);
    }

    public URI endpoint(Region region) {
        return endpoints.get(region);
    }
}
