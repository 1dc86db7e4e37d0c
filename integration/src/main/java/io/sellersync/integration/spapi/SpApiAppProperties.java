// SPDX-License-Identifier: Apache-2.0
package io.sellersync.integration.spapi;

import io.sellersync.messages.shared.Region;
import java.net.URI;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The seller's own SP-API application, for the website authorization workflow ("Connect with Amazon"): its
 * application id and LWA client credentials, whether it is still a draft ({@code version=beta} on the consent URL),
 * and Seller Central's consent page per region. Without an application id the workflow is off and sellers paste a
 * refresh token instead.
 */
@ConfigurationProperties("sellersync.spapi.app")
public record SpApiAppProperties(
        String applicationId, String clientId, String clientSecret, boolean draft, Map<Region, URI> consentUrls) {

    private static final Map<Region, URI> SELLER_CENTRAL = Map.of(
            Region.NA, URI.create("https://sellercentral.amazon.com/apps/authorize/consent"),
            Region.EU, URI.create("https://sellercentral-europe.amazon.com/apps/authorize/consent"),
            Region.FE, URI.create("https://sellercentral.amazon.co.jp/apps/authorize/consent"));

    public SpApiAppProperties {
        Map<Region, URI> merged = new EnumMap<>(SELLER_CENTRAL);
        if (consentUrls != null) {
            merged.putAll(consentUrls);
        }
        consentUrls = Map.copyOf(merged);
    }

    public boolean configured() {
        return applicationId != null && !applicationId.isBlank() && clientId != null && clientSecret != null;
    }

    @Override
    public String toString() {
        return "SpApiAppProperties[" + applicationId + ", " + clientId + ", clientSecret=****]";
    }
}
