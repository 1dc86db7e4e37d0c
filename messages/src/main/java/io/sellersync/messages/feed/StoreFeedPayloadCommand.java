// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.feed;

import io.sellersync.messages.accounts.AccountId;
import io.sellersync.messages.shared.MarketplaceId;
import java.util.List;

/**
 * Render the {@code JSON_LISTINGS_FEED} document for these messages (header with the account's seller id), check it
 * against the feed schema's rules and store it by digest. Handled in {@code integration}; answers {@link FeedPayloadRef}.
 * The same messages always give the same bytes, so a retry stores nothing new.
 */
public record StoreFeedPayloadCommand(AccountId accountId, MarketplaceId marketplaceId, List<FeedMessage> messages) {

    public StoreFeedPayloadCommand {
        messages = List.copyOf(messages);
    }
}
