// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.shared;

import java.util.Currency;

/**
 * One Amazon marketplace with what follows from it: its region, currency, language tag, and whether listings there
 * must carry {@code list_price}.
 */
public record Marketplace(
        MarketplaceId id,
        String countryCode,
        String name,
        Region region,
        Currency currency,
        String languageTag,
        boolean listPriceRequired) {}
