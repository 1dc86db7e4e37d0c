// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.finances;

import java.math.BigDecimal;
import java.util.List;

/**
 * One item of a transaction (a product line): its SKU, ASIN, quantity and fulfilment network from Amazon's
 * {@code ProductContext}, its total and its own breakdown tree. Any of them may be null where Amazon left them out.
 */
public record TransactionItem(
        String description,
        String sku,
        String asin,
        Integer quantity,
        String fulfillmentNetwork,
        BigDecimal total,
        List<BreakdownNode> breakdowns) {

    public TransactionItem {
        breakdowns = breakdowns == null ? List.of() : List.copyOf(breakdowns);
    }
}
