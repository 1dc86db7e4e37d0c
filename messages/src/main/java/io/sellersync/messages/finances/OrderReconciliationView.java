// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.finances;

import io.sellersync.messages.accounts.AccountId;
import io.sellersync.messages.orders.OrderStatus;
import io.sellersync.messages.shared.MarketplaceId;
import io.sellersync.messages.shared.Money;
import java.time.Instant;
import java.util.List;

/**
 * The money of one Amazon order across its transactions (sales, refunds, fees in total and by category, net proceeds)
 * beside the order as the Orders API shows it: its status, purchase date and total, and {@code difference} = order
 * total − sales (null when the order is unknown, has no total or is in another currency). An order without any
 * transaction has zero money and {@code transactions} 0 (and null posted dates). {@code flags} say in words what does
 * not look right and {@code flagKinds} which {@link OrderReconciliationFlag}s apply; {@code mismatch} is true when any
 * of them is a mismatch.
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
        boolean mismatch,
        boolean orderKnown,
        OrderStatus orderStatus,
        Instant purchaseDate,
        Money orderTotal,
        Money difference,
        List<OrderReconciliationFlag> flagKinds) {

    public OrderReconciliationView {
        feeCategories = List.copyOf(feeCategories);
        flags = List.copyOf(flags);
        flagKinds = List.copyOf(flagKinds);
    }
}
