// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.accounts;

import io.sellersync.messages.shared.MarketplaceId;
import io.sellersync.messages.shared.Region;
import java.time.LocalDate;
import java.util.List;

public record SellerAccountConnectedEvent(
        AccountId accountId,
        String name,
        String sellingPartnerId,
        Region region,
        List<MarketplaceId> marketplaces,
        String lwaClientId,
        LocalDate clientSecretExpiresOn,
        SpApiEndpoints endpoints)
        implements AccountEvent {

    public SellerAccountConnectedEvent {
        marketplaces = List.copyOf(marketplaces);
    }

    @Override
    public String describe() {
        return "Account \"%s\" (seller %s, %s) connected with marketplaces %s"
                .formatted(name, sellingPartnerId, region, MarketplaceNames.of(marketplaces));
    }
}
