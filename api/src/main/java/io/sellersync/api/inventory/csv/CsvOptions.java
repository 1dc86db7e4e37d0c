// SPDX-License-Identifier: Apache-2.0
package io.sellersync.api.inventory.csv;

import java.util.Currency;
import java.util.Map;

/**
 * How to read a file: the currency of prices without a symbol or currency column (may be null), a forced delimiter
 * (null = detect), an explicit column mapping (field → column index; null = by header names) and the limits.
 */
public record CsvOptions(
        Currency defaultCurrency,
        Character delimiter,
        Map<CsvField, Integer> mapping,
        long maxBytes,
        int maxRows,
        int maxErrors,
        int sampleRows) {

    public static final long MAX_BYTES = 64L * 1024 * 1024;
    public static final int MAX_ROWS = 200_000;
    public static final int MAX_ERRORS = 1_000;
    public static final int SAMPLE_ROWS = 20;

    public CsvOptions {
        mapping = mapping == null ? null : Map.copyOf(mapping);
    }

    public static CsvOptions defaults(Currency defaultCurrency) {
        return new CsvOptions(defaultCurrency, null, null, MAX_BYTES, MAX_ROWS, MAX_ERRORS, SAMPLE_ROWS);
    }

    public CsvOptions withMapping(Map<CsvField, Integer> explicit) {
        return new CsvOptions(defaultCurrency, delimiter, explicit, maxBytes, maxRows, maxErrors, sampleRows);
    }

    public CsvOptions withDelimiter(Character forced) {
        return new CsvOptions(defaultCurrency, forced, mapping, maxBytes, maxRows, maxErrors, sampleRows);
    }

    public CsvOptions withLimits(long bytes, int rows) {
        return new CsvOptions(defaultCurrency, delimiter, mapping, bytes, rows, maxErrors, sampleRows);
    }
}
