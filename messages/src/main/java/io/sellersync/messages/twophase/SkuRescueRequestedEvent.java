// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.twophase;

import io.sellersync.messages.accounts.AccountId;
import io.sellersync.messages.shared.MarketplaceId;
import io.sellersync.messages.shared.Money;
import java.time.Instant;

/**
 * A rescue patch is due (the durable intent of a {@code patchListingsItem}): {@code ZERO_AND_PRICE} sets the quantity
 * to 0 and the price to {@code price}; {@code RESTORE_QUANTITY} sets the quantity to {@code quantity} once the price is
 * live. {@code restoreTo} is the quantity the rescue gives back at the end (what Amazon showed when it began);
 * {@code attempt} counts rescues of the SKU in this run.
 */
public record SkuRescueRequestedEvent(
        SyncRunId runId,
        AccountId accountId,
        MarketplaceId marketplaceId,
        String sku,
        String productType,
        RescueStep step,
        Money price,
        int quantity,
        int restoreTo,
        int attempt,
        Instant at)
        implements TwoPhaseSyncEvent {

    @Override
    public String describe() {
        return step == RescueStep.ZERO_AND_PRICE
                ? "Run %s: %s showed its quantity without its new price %s; setting the quantity to 0 and patching the price"
                        .formatted(TwoPhaseSyncEvent.shortId(runId), sku, price)
                : "Run %s: the price of %s is live again; restoring its quantity to %d"
                        .formatted(TwoPhaseSyncEvent.shortId(runId), sku, quantity);
    }
}
