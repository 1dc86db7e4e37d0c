// SPDX-License-Identifier: Apache-2.0
package io.sellersync.api.accounts;

import io.sellersync.messages.shared.BusinessException;
import io.sellersync.messages.shared.MarketplaceId;
import io.sellersync.messages.shared.Marketplaces;
import io.sellersync.messages.shared.Region;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/** Parsing of user input shared by GraphQL and the pages; every refusal names the field. */
public final class Inputs {

    private Inputs() {}

    public static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw BusinessException.invalid(field, "Write the date as YYYY-MM-DD, e.g. 2027-05-31");
        }
    }

    public static List<MarketplaceId> marketplaces(Region region, List<String> ids) {
        if (ids == null) {
            return region == null ? List.of() : Marketplaces.defaults(region);
        }
        return ids.stream()
                .filter(id -> id != null && !id.isBlank())
                .map(id -> new MarketplaceId(id.strip()))
                .toList();
    }

    public static Region region(String value) {
        if (value == null || value.isBlank()) {
            throw BusinessException.invalid("region", "Choose the account's region: NA, EU or FE");
        }
        try {
            return Region.valueOf(value.strip());
        } catch (IllegalArgumentException e) {
            throw BusinessException.invalid("region", "The region is NA, EU or FE");
        }
    }
}
