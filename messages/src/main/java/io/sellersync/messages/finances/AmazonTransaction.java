// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.finances;

import io.sellersync.messages.shared.MarketplaceId;
import io.sellersync.messages.shared.Money;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A Finances 2024-06-19 transaction as sellersync keeps it: the normalized fields (type, status, posted date,
 * marketplace, related order and financial event group, SKU/ASIN and quantity of its product, total with currency),
 * the full breakdown tree, its items, every related identifier, and the deferral (reason and maturity date) while
 * Amazon holds the money back. Amounts are exactly Amazon's (JSON numbers parsed as decimals); no buyer data.
 */
public record AmazonTransaction(
        String transactionId,
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
        String fulfillmentNetwork,
        Money total,
        List<BreakdownNode> breakdowns,
        List<TransactionItem> items,
        List<RelatedIdentifier> relatedIdentifiers,
        String deferralReason,
        Instant maturityDate) {

    public AmazonTransaction {
        Objects.requireNonNull(transactionId, "transactionId");
        Objects.requireNonNull(total, "total");
        breakdowns = breakdowns == null ? List.of() : List.copyOf(breakdowns);
        items = items == null ? List.of() : List.copyOf(items);
        relatedIdentifiers = relatedIdentifiers == null ? List.of() : List.copyOf(relatedIdentifiers);
    }

    public String currency() {
        return total.currency().getCurrencyCode();
    }
}
