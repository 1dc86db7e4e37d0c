// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.finances;

import io.sellersync.messages.accounts.AccountId;
import io.sellersync.messages.shared.MarketplaceId;
import io.sellersync.messages.shared.Money;
import java.time.Instant;

/**
 * One financial event group (payout) in one marketplace: the sum of its transactions against what the
 * {@code Transfer} paid out ({@code transferred}, positive when money went to the seller; null while open) and the
 * {@code difference} (transactions − transferred).
 */
public record PayoutReconciliationView(
        AccountId accountId,
        String financialEventGroupId,
        MarketplaceId marketplaceId,
        String currency,
        int transactions,
        Money transactionsTotal,
        Money transferred,
        Money difference,
        PayoutStatus status,
        Instant transferDate,
        String transferTransactionId) {}
