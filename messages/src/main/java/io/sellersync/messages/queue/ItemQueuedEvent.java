// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.queue;

import io.sellersync.messages.accounts.AccountId;
import io.sellersync.messages.accounts.GuardRails;
import io.sellersync.messages.shared.MarketplaceId;
import io.sellersync.messages.shared.Marketplaces;
import java.time.Instant;

/**
 * An item entered the queue for one account and marketplace. {@code needsConfirmation}: the price moves more than the
 * account's guard rail allows against the live price, so a submit must be confirmed. {@code guardRails} are the account's
 * at queueing time, kept so a later price change is judged by the same rails.
 */
public record ItemQueuedEvent(
        QueueItemId queueItemId,
        AccountId accountId,
        MarketplaceId marketplaceId,
        ItemSnapshot item,
        boolean reprice,
        SkuResolution resolution,
        GuardRails guardRails,
        boolean needsConfirmation,
        Instant queuedAt)
        implements QueueItemEvent {

    @Override
    public String describe() {
        return "%s (%s) queued for Amazon %s as SKU %s%s at %s × %d"
                .formatted(
                        item.localSku(),
                        item.asin(),
                        Marketplaces.countryCode(marketplaceId),
                        resolution.sellerSku(),
                        resolution.newSku() ? " (new SKU)" : "",
                        item.price(),
                        item.quantity());
    }
}
