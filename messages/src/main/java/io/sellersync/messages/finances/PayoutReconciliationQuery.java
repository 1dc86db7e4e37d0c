// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.finances;

import io.sellersync.messages.accounts.AccountId;

/** Payouts, mismatches first, then open groups, then the latest; answers a {@link PayoutReconciliationPage}. */
public record PayoutReconciliationQuery(AccountId accountId, boolean mismatchesOnly, int page, int size) {}
