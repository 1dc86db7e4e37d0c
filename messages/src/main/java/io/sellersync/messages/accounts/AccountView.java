// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.accounts;

import io.sellersync.messages.shared.MarketplaceId;
import io.sellersync.messages.shared.Region;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A connected account as the read model knows it; secrets are never part of it. {@code endpoints} is null for
 * Amazon's own hosts; {@code needsReauthorization} is null while the credentials work, else the reason;
 * {@code guardRails} is null until the seller sets them (then the defaults apply).
 */
public record AccountView(
        AccountId accountId,
        String name,
        String sellingPartnerId,
        Region region,
        List<MarketplaceId> marketplaces,
        String lwaClientId,
        LocalDate clientSecretExpiresOn,
        SpApiEndpoints endpoints,
        String needsReauthorization,
        Instant connectedAt,
        Instant updatedAt,
        GuardRails guardRails) {

    public AccountView {
        marketplaces = List.copyOf(marketplaces);
    }

    /** The account's guard rails, or the defaults when none were set. */
    public GuardRails guardRailsOrDefault() {
        return guardRails == null ? GuardRails.DEFAULT : guardRails;
    }
}
