// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.accounts;

import io.sellersync.messages.shared.MarketplaceId;
import java.util.List;

public record AccountMarketplacesChangedEvent(AccountId accountId, List<MarketplaceId> marketplaces)
        implements AccountEvent {

    public AccountMarketplacesChangedEvent {
        marketplaces = List.copyOf(marketplaces);
    }

    @Override
    public String describe() {
        return "Account %s now syncs marketplaces %s".formatted(accountId, MarketplaceNames.of(marketplaces));
    }
}
