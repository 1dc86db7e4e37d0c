// SPDX-License-Identifier: Apache-2.0
package io.sellersync.integration.spapi;

import io.sellersync.integration.vault.LwaCredentials;
import java.net.URI;

/**
 * What the client needs to act for one selling partner: where to send calls, how to get an access token. Built
 * from the account and its vault entry; {@code toString()} leaves the secrets out.
 */
public record SpApiAccount(
        String accountId,
        String sellingPartnerId,
        URI baseUrl,
        URI lwaUrl,
        String lwaClientId,
        LwaCredentials secrets) {

    /** The rate-limit partition: usage plans are per selling partner and region (the host). */
    public String rateLimitPartition() {
        return sellingPartnerId + "@" + baseUrl.getHost() + (baseUrl.getPort() > 0 ? ":" + baseUrl.getPort() : "");
    }

    @Override
    public String toString() {
        return "SpApiAccount[" + accountId + ", " + sellingPartnerId + ", " + baseUrl + "]";
    }
}
