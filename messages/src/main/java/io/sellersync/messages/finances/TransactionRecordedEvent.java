// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.finances;

import io.sellersync.messages.accounts.AccountId;
import io.sellersync.messages.shared.Marketplaces;
import java.time.Instant;

/** Amazon showed a transaction sellersync did not have yet; {@code transaction} is all of it, breakdown tree included. */
public record TransactionRecordedEvent(
        FinancialTransactionId transactionId, AccountId accountId, AmazonTransaction transaction, Instant recordedAt)
        implements FinancialTransactionEvent {

    @Override
    public String describe() {
        return "%s %s (%s) of %s recorded: %s%s%s"
                .formatted(
                        transaction.type(),
                        transaction.transactionId(),
                        transaction.status(),
                        transaction.postedDate(),
                        transaction.total(),
                        transaction.orderId() == null ? "" : ", order " + transaction.orderId(),
                        transaction.marketplaceId() == null
                                ? ""
                                : ", " + Marketplaces.countryCode(transaction.marketplaceId()));
    }
}
