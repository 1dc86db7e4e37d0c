// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.accounts;

/** Runs the LWA token exchange and one cheap SP-API read for the account, and says in words what worked. */
public record TestAccountConnectionQuery(AccountId accountId) {}
