// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.finances;

import io.sellersync.messages.accounts.AccountId;
import io.sellersync.messages.shared.MarketplaceId;
import io.sellersync.messages.shared.Money;
import java.time.Instant;
import java.util.List;

/** One transaction as the list shows it, with its figures and its money per category under the current fee registry. */
public record TransactionView(
        FinancialTransactionId transactionId,
        AccountId accountId,
        String amazonTransactionId,
        String type,
        String status,
        String description,
        Instant postedDate,
        MarketplaceId marketplaceId,
        String orderId,
        String financialEventGroupId,
        String sku,
        String asin,
        Integer quantity,
        Money total,
        Money sales,
        Money refunds,
        Money fees,
        Money net,
        Money uncategorised,
        List<String> unknownTypes,
        List<CategoryAmount> categories,
        int changes,
        Instant updatedAt) {

    public TransactionView {
        unknownTypes = List.copyOf(unknownTypes);
        categories = List.copyOf(categories);
    }
}
