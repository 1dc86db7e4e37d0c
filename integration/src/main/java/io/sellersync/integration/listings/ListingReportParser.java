// SPDX-License-Identifier: Apache-2.0
package io.sellersync.integration.listings;

import io.sellersync.messages.shared.Money;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the tab-separated {@code GET_MERCHANT_LISTINGS_ALL_DATA} report by its header, so column order and extra
 * columns do not matter: seller SKU, ASIN ({@code asin1}, else {@code product-id} when its type is ASIN), condition
 * ({@code item-condition}), price in the marketplace currency, quantity and status. Rows without a SKU are skipped; a
 * price or quantity that does not read as a number is left empty rather than guessed.
 */
final class ListingReportParser {

    private ListingReportParser() {}

    static List<CachedListing> parse(InputStream in, Currency currency) {
        var decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, decoder))) {
            String header = reader.readLine();
            if (header == null) {
                return List.of();
            }
            if (header.startsWith("\uFEFF")) {
                header = header.substring(1);
            }
            Map<String, Integer> columns = new HashMap<>();
            String[] names = header.split("\t", -1);
            for (int i = 0; i < names.length; i++) {
                columns.putIfAbsent(names[i].strip().toLowerCase(Locale.ROOT), i);
            }
            if (!columns.containsKey("seller-sku")) {
                throw new IllegalArgumentException("the listing report has no seller-sku column");
            }
            List<CachedListing> rows = new ArrayList<>();
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                String sku = cell(cells, columns, "seller-sku");
                if (sku == null) {
                    continue;
                }
                String asin = cell(cells, columns, "asin1");
                if (asin == null) {
                    asin = cell(cells, columns, "asin");
                }
                if (asin == null && "1".equals(cell(cells, columns, "product-id-type"))) {
                    asin = cell(cells, columns, "product-id");
                }
                rows.add(new CachedListing(
                        sku,
                        asin == null ? null : asin.toUpperCase(Locale.ROOT),
                        Conditions.fromReport(cell(cells, columns, "item-condition"))
                                .orElse(null),
                        price(cell(cells, columns, "price"), currency),
                        quantity(cell(cells, columns, "quantity")),
                        cell(cells, columns, "status")));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("the listing report could not be read: " + e.getMessage(), e);
        }
    }

    private static String cell(String[] cells, Map<String, Integer> columns, String name) {
        Integer index = columns.get(name);
        if (index == null || index >= cells.length) {
            return null;
        }
        String value = cells[index].strip();
        return value.isEmpty() ? null : value;
    }

    /** "12.50", or "12,50" as some marketplaces write it; anything else is no price. */
    static Money price(String text, Currency currency) {
        if (text == null) {
            return null;
        }
        String normalized = text.indexOf('.') < 0 ? text.replace(',', '.') : text.replace(",", "");
        if (!normalized.matches("\\d+(\\.\\d+)?")) {
            return null;
        }
        return new Money(new BigDecimal(normalized), currency);
    }

    private static Integer quantity(String text) {
        if (text == null || !text.matches("-?\\d{1,9}")) {
            return null;
        }
        return Integer.parseInt(text);
    }
}
