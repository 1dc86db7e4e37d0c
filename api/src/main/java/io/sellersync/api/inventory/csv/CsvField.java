// SPDX-License-Identifier: Apache-2.0
package io.sellersync.api.inventory.csv;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The inventory fields a CSV column can hold, with the header names recognised for each. The first name is the one the
 * export writes, so an exported file maps itself on import.
 */
public enum CsvField {
    LOCAL_SKU("local_sku", "Local SKU", true, "sku", "localsku", "sellersku", "merchantsku", "yoursku"),
    ASIN("asin", "ASIN", true, "asin1", "productid"),
    TITLE("title", "Title", false, "name", "itemname", "productname", "description"),
    CONDITION("condition", "Condition", true, "conditiontype", "itemcondition"),
    PRICE("price", "Price", false, "yourprice", "saleprice", "listprice"),
    CURRENCY("currency", "Currency", false, "currencycode"),
    QUANTITY("quantity", "Quantity", false, "qty", "stock", "units"),
    COST("cost", "Cost", false, "costprice", "purchaseprice", "unitcost"),
    STATUS("status", "Status", false, "inventorystatus"),
    NOTES("notes", "Notes", false, "note", "comment", "comments");

    private final String header;
    private final String label;
    private final boolean required;
    private final List<String> aliases;

    CsvField(String header, String label, boolean required, String... aliases) {
        this.header = header;
        this.label = label;
        this.required = required;
        this.aliases = List.of(aliases);
    }

    /** The header name the export writes. */
    public String header() {
        return header;
    }

    public String label() {
        return label;
    }

    /** The column must exist (for ASIN its cells may still be empty). */
    public boolean required() {
        return required;
    }

    /** The field a header names: case, spaces, underscores and hyphens do not matter ("Seller-SKU" = "seller sku"). */
    public static Optional<CsvField> forHeader(String header) {
        String key = normalize(header);
        for (CsvField field : values()) {
            if (normalize(field.header).equals(key) || field.aliases.contains(key)) {
                return Optional.of(field);
            }
        }
        return Optional.empty();
    }

    static String normalize(String text) {
        return text == null ? "" : text.toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-.]+", "");
    }
}
