// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.accounts;

/** Whether the vault holds an account's secrets; answered by the vault, never with the secrets themselves. */
public record FindCredentialStatusQuery(AccountId accountId) {}
