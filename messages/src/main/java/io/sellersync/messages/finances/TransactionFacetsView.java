// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.finances;

import io.sellersync.messages.shared.MarketplaceId;
import java.util.List;

/** What the transaction filters can choose from. */
public record TransactionFacetsView(List<String> types, List<String> statuses, List<MarketplaceId> marketplaces) {

    public TransactionFacetsView {
        types = List.copyOf(types);
        statuses = List.copyOf(statuses);
        marketplaces = List.copyOf(marketplaces);
    }
}
