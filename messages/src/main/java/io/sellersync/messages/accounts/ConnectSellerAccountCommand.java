// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.accounts;

import io.sellersync.messages.shared.MarketplaceId;
import io.sellersync.messages.shared.Region;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Connects an Amazon selling-partner authorization. The client secret and refresh token never travel in a command:
 * they are written to the credentials vault in the same transaction. {@code endpoints} is null for Amazon's regional
 * hosts, or points the account at another SP-API implementation (the built-in emulator in demo mode).
 */
public record ConnectSellerAccountCommand(
        @TargetAggregateIdentifier AccountId accountId,
        String name,
        String sellingPartnerId,
        Region region,
        List<MarketplaceId> marketplaces,
        String lwaClientId,
        LocalDate clientSecretExpiresOn,
        SpApiEndpoints endpoints) {

    public ConnectSellerAccountCommand {
        marketplaces = marketplaces == null ? List.of() : List.copyOf(marketplaces);
    }
}
