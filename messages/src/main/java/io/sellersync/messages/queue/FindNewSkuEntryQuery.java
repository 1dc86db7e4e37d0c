// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.queue;

import io.sellersync.messages.accounts.AccountId;
import io.sellersync.messages.inventory.ItemCondition;
import io.sellersync.messages.shared.MarketplaceId;

/**
 * An active entry with a generated (new) seller SKU for this ASIN and condition in one account and marketplace, so a
 * second item of the same product reuses that SKU instead of creating a second new offer; answered with an
 * {@code Optional<QueueEntryView>} (the oldest such entry).
 */
public record FindNewSkuEntryQuery(
        AccountId accountId, MarketplaceId marketplaceId, String asin, ItemCondition condition) {}
