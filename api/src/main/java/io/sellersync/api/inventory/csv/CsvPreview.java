// SPDX-License-Identifier: Apache-2.0
package io.sellersync.api.inventory.csv;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * What a file would import: the detected encoding and delimiter, the header and the column mapping used, the number of
 * data rows, the errors (the first {@code maxErrors} of {@code errorCount}), the first rows typed, and — when the file
 * cannot be read as an inventory list at all — one {@code problem} in words. {@code localSkus} maps every well-formed
 * local SKU to its line, for the check against the existing inventory.
 */
public record CsvPreview(
        String encoding,
        Character delimiter,
        List<String> headers,
        Map<CsvField, Integer> mapping,
        List<String> ignoredHeaders,
        int rowCount,
        List<CsvError> errors,
        int errorCount,
        List<CsvRow> sample,
        String problem,
        Map<String, Integer> localSkus) {

    public static CsvPreview refused(String encoding, String problem) {
        return new CsvPreview(
                encoding, null, List.of(), Map.of(), List.of(), 0, List.of(), 0, List.of(), problem, Map.of());
    }

    /** Nothing stands in the way of importing every row. */
    public boolean importable() {
        return problem == null && errorCount == 0 && rowCount > 0;
    }

    /** The column index of a mapped field, or -1. */
    public int mappedIndex(CsvField field) {
        Integer index = mapping.get(field);
        return index == null ? -1 : index;
    }

    /** The header text of a mapped field, or null. */
    public String column(CsvField field) {
        Integer index = mapping.get(field);
        return index == null || index >= headers.size() ? null : headers.get(index);
    }

    public String delimiterName() {
        if (delimiter == null) {
            return "unknown";
        }
        return switch (delimiter) {
            case ',' -> "comma";
            case ';' -> "semicolon";
            case '\t' -> "tab";
            default -> String.valueOf(delimiter);
        };
    }

    /** The same preview with more errors (e.g. SKUs already in the inventory), still in line order and capped. */
    public CsvPreview withErrors(List<CsvError> more, int maxErrors) {
        if (more.isEmpty()) {
            return this;
        }
        List<CsvError> all = new ArrayList<>(errors);
        all.addAll(more);
        all.sort(Comparator.comparingInt(CsvError::line));
        List<CsvError> shown = all.size() > maxErrors ? List.copyOf(all.subList(0, maxErrors)) : List.copyOf(all);
        return new CsvPreview(
                encoding,
                delimiter,
                headers,
                mapping,
                ignoredHeaders,
                rowCount,
                shown,
                errorCount + more.size(),
                sample,
                problem,
                localSkus);
    }
}
