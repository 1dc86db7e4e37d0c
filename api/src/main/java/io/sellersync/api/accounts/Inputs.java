// SPDX-License-Identifier: Apache-2.0
package io.sellersync.api.accounts;

import io.sellersync.messages.inventory.InventoryFields;
import io.sellersync.messages.shared.BusinessException;
import io.sellersync.messages.shared.MarketplaceId;
import io.sellersync.messages.shared.Marketplaces;
import io.sellersync.messages.shared.Region;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

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

    /**
     * An optional decimal typed by the user; null when empty. Refused before parsing when it is not a plain decimal
     * ("1e999999999" or a 10,000-digit string never becomes a BigDecimal).
     */
    public static BigDecimal decimal(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String problem = InventoryFields.decimalTextProblem(field, text);
        if (problem != null) {
            throw BusinessException.invalid(field, problem);
        }
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            throw BusinessException.invalid(field, "Not a number: " + text.strip() + " (use a dot, e.g. 12.50)");
        }
    }

    /** An optional ISO 4217 currency code, any case; null when empty. */
    public static Currency currency(String field, String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        try {
            return Currency.getInstance(code.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw BusinessException.invalid(field, "Unknown currency " + code);
        }
    }
}
