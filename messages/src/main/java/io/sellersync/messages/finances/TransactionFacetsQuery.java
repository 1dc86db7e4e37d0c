// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.finances;

import io.sellersync.messages.accounts.AccountId;

/** The transaction types, statuses and marketplaces that exist (for filters); answers a {@link TransactionFacetsView}. */
public record TransactionFacetsQuery(AccountId accountId) {}
