// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.accounts;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Records that the account's LWA credentials were replaced in the vault (a rotation); carries no secret. */
public record UpdateAccountCredentialsCommand(
        @TargetAggregateIdentifier AccountId accountId, String lwaClientId, LocalDate clientSecretExpiresOn) {}
