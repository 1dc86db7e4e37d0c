// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.accounts;

/** All connected accounts, by name; also the subscription query for live account lists. */
public record ListAccountsQuery() {}
