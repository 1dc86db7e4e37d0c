// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.accounts;

import java.time.Instant;

/** Whether the vault holds a complete set of LWA credentials for the account, and since when; never the values. */
public record CredentialStatusView(AccountId accountId, boolean stored, Instant storedAt) {}
