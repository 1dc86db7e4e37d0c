// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.finances;

import io.sellersync.messages.accounts.AccountId;
import io.sellersync.messages.shared.MarketplaceId;
import io.sellersync.messages.shared.Money;
import java.time.Instant;
import java.util.List;

/**
 * The money of one Amazon order across its transactions: sales, refunds, fees (total and by category), net proceeds.
 * {@code flags} say in words what does not look right (a refund without a sale, a refund larger than the sale,
 * uncategorised money); {@code mismatch} is true when there is any.
 */
public record OrderReconciliationView(
        AccountId accountId,
        String orderId,
        MarketplaceId marketplaceId,
        String currency,
        int transactions,
        Instant firstPosted,
        Instant lastPosted,
        Money sales,
        Money refunds,
        Money fees,
        Money net,
        Money uncategorised,
        List<CategoryAmount> feeCategories,
        List<String> flags,
        boolean mismatch) {

    public OrderReconciliationView {
        feeCategories = List.copyOf(feeCategories);
        flags = List.copyOf(flags);
    }
}
