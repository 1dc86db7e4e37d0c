// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.accounts;

import io.sellersync.messages.shared.MarketplaceId;
import io.sellersync.messages.shared.Marketplaces;
import java.util.List;
import java.util.stream.Collectors;

/** Country codes for marketplace ids, for sentences such as "UK, DE". */
final class MarketplaceNames {

    private MarketplaceNames() {}

    static String of(List<MarketplaceId> ids) {
        return ids.stream().map(Marketplaces::countryCode).collect(Collectors.joining(", "));
    }
}
