// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.finances;

import io.sellersync.messages.accounts.AccountId;
import io.sellersync.messages.shared.Money;
import java.util.List;

/**
 * One seller SKU in one currency: units sold and refunded, sales, refunds, fees by category and net proceeds. Where
 * the cost of the net units sold is known in that currency, {@code cost} and {@code margin} (net − cost), else null:
 * units linked to inventory items by their orders cost what their own item cost ({@code unitsAtActualCost} of them),
 * the rest the average cost of the items behind the SKU ({@code unitCost}, null unless they all have a cost in that
 * currency).
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
        Money margin,
        long unitsAtActualCost) {

    public SkuSummaryView {
        feeCategories = List.copyOf(feeCategories);
    }
}
