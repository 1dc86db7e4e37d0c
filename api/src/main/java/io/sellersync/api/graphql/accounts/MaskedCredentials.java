// SPDX-License-Identifier: Apache-2.0
package io.sellersync.api.graphql.accounts;

import io.sellersync.messages.accounts.CredentialStatusView;
import java.time.Instant;

/** The vault's answer as clients see it: whether secrets are stored, and a fixed mask in their place. */
public record MaskedCredentials(boolean stored, Instant storedAt, String clientSecret, String refreshToken) {

    public static final String MASK = "••••••••";

    public static MaskedCredentials of(CredentialStatusView status) {
        String shown = status.stored() ? MASK : "";
        return new MaskedCredentials(status.stored(), status.storedAt(), shown, shown);
    }
}
