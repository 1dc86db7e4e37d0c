// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.finances;

import io.sellersync.messages.accounts.AccountId;

/**
 * Identity of a financial transaction in sellersync: the account and Amazon's {@code transactionId} (the same Amazon
 * id under two accounts is two transactions). {@code toString()} is the raw value.
 */
public record FinancialTransactionId(String value) {

    public FinancialTransactionId {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("financial transaction id is required");
        }
    }

    public static FinancialTransactionId of(AccountId accountId, String amazonTransactionId) {
        if (amazonTransactionId == null || amazonTransactionId.isBlank()) {
            throw new IllegalArgumentException("Amazon's transactionId is required");
        }
        return new FinancialTransactionId(accountId.value() + "@" + amazonTransactionId);
    }

    @Override
    public String toString() {
        return value;
    }
}
