// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.finances;

import io.sellersync.messages.accounts.AccountId;
import io.sellersync.messages.shared.Money;
import java.util.List;

/**
 * One seller SKU in one currency: units sold and refunded, sales, refunds, fees by category and net proceeds. Where
 * the inventory items behind the SKU all have a cost in that currency, {@code unitCost} (their average, weighted by
 * quantity), {@code cost} (unit cost × net units sold) and {@code margin} (net − cost); null otherwise.
 */
public record SkuSummaryView(
        AccountId accountId,
        String sku,
        String asin,
        String currency,
        long unitsSold,
        long unitsRefunded,
        Money sales,
        Money refunds,
        Money fees,
        Money net,
        List<CategoryAmount> feeCategories,
        Money unitCost,
        Money cost,
        Money margin) {

    public SkuSummaryView {
        feeCategories = List.copyOf(feeCategories);
    }
}
