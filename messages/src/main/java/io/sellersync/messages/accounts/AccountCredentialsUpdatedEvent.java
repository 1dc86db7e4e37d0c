// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.accounts;

import java.time.LocalDate;

public record AccountCredentialsUpdatedEvent(AccountId accountId, String lwaClientId, LocalDate clientSecretExpiresOn)
        implements AccountEvent {

    @Override
    public String describe() {
        return "Account %s credentials replaced; client secret expires %s"
                .formatted(accountId, clientSecretExpiresOn == null ? "(unknown)" : clientSecretExpiresOn);
    }
}
