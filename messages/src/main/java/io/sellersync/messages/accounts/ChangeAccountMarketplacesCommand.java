// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.accounts;

import io.sellersync.messages.shared.MarketplaceId;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record ChangeAccountMarketplacesCommand(
        @TargetAggregateIdentifier AccountId accountId, List<MarketplaceId> marketplaces) {

    public ChangeAccountMarketplacesCommand {
        marketplaces = marketplaces == null ? List.of() : List.copyOf(marketplaces);
    }
}
