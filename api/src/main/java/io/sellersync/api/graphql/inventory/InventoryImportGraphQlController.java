// SPDX-License-Identifier: Apache-2.0
package io.sellersync.api.graphql.inventory;

import io.sellersync.api.accounts.Inputs;
import io.sellersync.api.inventory.csv.CsvError;
import io.sellersync.api.inventory.csv.CsvField;
import io.sellersync.api.inventory.csv.CsvImportService;
import io.sellersync.api.inventory.csv.CsvOptions;
import io.sellersync.api.inventory.csv.CsvPreview;
import io.sellersync.api.inventory.csv.CsvRow;
import io.sellersync.api.inventory.csv.CsvSource;
import io.sellersync.messages.shared.BusinessException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Currency;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * CSV import over GraphQL, for scripts: the same checks and the same all-or-nothing import as the pages. Row errors
 * come back as data; a file that cannot be read as an inventory list at all (empty, binary, too large, required
 * columns missing) is a typed INVALID_INPUT error on field {@code csv}.
 */
@Controller
class InventoryImportGraphQlController {

    /** One column choice as GraphQL sends it. */
    record ColumnMappingInput(CsvField field, String column) {}

    record CsvColumnMapping(CsvField field, String column) {}

    record CsvSampleRow(
            int line,
            String localSku,
            String asin,
            String title,
            String condition,
            String price,
            String currency,
            int quantity,
            String cost,
            String costCurrency,
            String status,
            String notes) {}

    record InventoryImportPreview(
            String encoding,
            String delimiter,
            List<String> headers,
            List<CsvColumnMapping> mapping,
            List<String> ignoredColumns,
            int rowCount,
            int errorCount,
            List<CsvError> errors,
            List<CsvSampleRow> sample,
            boolean importable) {}

    record InventoryImportResult(String importId, int imported, int rowCount, int errorCount, List<CsvError> errors) {}

    private static final Pattern UUID_SHAPE =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private final CsvImportService imports;

    InventoryImportGraphQlController(CsvImportService imports) {
        this.imports = imports;
    }

    @QueryMapping
    InventoryImportPreview previewInventoryImport(
            @Argument String csv, @Argument String defaultCurrency, @Argument List<ColumnMappingInput> mapping) {
        byte[] bytes = bytesWithinLimit(csv, CsvOptions.MAX_BYTES);
        CsvPreview preview = usable(imports.preview(
                importId(null, bytes, defaultCurrency, mapping),
                CsvSource.of(bytes),
                options(bytes, defaultCurrency, mapping)));
        return view(preview);
    }

    @MutationMapping
    InventoryImportResult importInventory(
            @Argument String csv,
            @Argument String defaultCurrency,
            @Argument List<ColumnMappingInput> mapping,
            @Argument String importId) {
        String given = givenImportId(importId);
        byte[] bytes = bytesWithinLimit(csv, CsvOptions.MAX_BYTES);
        String id = importId(given, bytes, defaultCurrency, mapping);
        CsvImportService.ImportResult result =
                imports.importAll(id, "GraphQL upload", CsvSource.of(bytes), options(bytes, defaultCurrency, mapping));
        CsvPreview preview = usable(result.preview());
        return new InventoryImportResult(
                id, result.imported(), preview.rowCount(), preview.errorCount(), preview.errors());
    }

    /**
     * The CSV as UTF-8 bytes, refused with a typed error on {@code csv} when it is over the upload limit, before the
     * copy is made (a 500 MB string must not become a second 500 MB array).
     */
    static byte[] bytesWithinLimit(String csv, long maxBytes) {
        if (utf8Length(csv, maxBytes) > maxBytes) {
            throw BusinessException.invalid(
                    "csv",
                    "The file is over the " + String.format(Locale.ROOT, "%,d", maxBytes)
                            + " bytes limit. Split it into smaller files.");
        }
        return csv.getBytes(StandardCharsets.UTF_8);
    }

    /** The UTF-8 length, counted without encoding; stops counting once past {@code max}. */
    static long utf8Length(String text, long max) {
        if (text.length() > max) {
            return text.length();
        }
        long bytes = 0;
        for (int i = 0; i < text.length() && bytes <= max; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                bytes++;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c)
                    && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }

    /** A caller's import id is a UUID (any case); null or blank means "derive one from the content". */
    static String givenImportId(String importId) {
        if (importId == null || importId.isBlank()) {
            return null;
        }
        String id = importId.strip();
        if (!UUID_SHAPE.matcher(id).matches()) {
            throw BusinessException.invalid(
                    "importId", "importId must be a UUID such as 3f2b8c1e-9a4d-4e6f-8b2a-1c3d5e7f9a0b, or left out");
        }
        return id.toLowerCase(Locale.ROOT);
    }

    private static CsvPreview usable(CsvPreview preview) {
        if (preview.problem() != null) {
            throw BusinessException.invalid("csv", preview.problem());
        }
        return preview;
    }

    private static CsvOptions options(byte[] bytes, String defaultCurrency, List<ColumnMappingInput> mapping) {
        Currency currency = Inputs.currency("defaultCurrency", defaultCurrency);
        CsvOptions options = CsvOptions.defaults(currency);
        if (mapping == null || mapping.isEmpty()) {
            return options;
        }
        // Resolve header texts to column indexes with the file's own header row.
        CsvPreview header = headerOnly(bytes, options);
        if (header.headers().isEmpty()) {
            usable(header);
        }
        Map<CsvField, Integer> chosen = new EnumMap<>(CsvField.class);
        header.mapping().forEach(chosen::put);
        for (ColumnMappingInput input : mapping) {
            chosen.remove(input.field());
            if (input.column() == null || input.column().isBlank()) {
                continue;
            }
            int index = header.headers().indexOf(input.column().strip());
            if (index < 0) {
                throw BusinessException.invalid(
                        "mapping",
                        "The file has no column \"" + input.column() + "\"; its columns are " + header.headers());
            }
            chosen.put(input.field(), index);
        }
        return options.withMapping(chosen);
    }

    private static CsvPreview headerOnly(byte[] bytes, CsvOptions options) {
        try {
            // Limit the rows read: only the header matters here; the auto mapping fills the fields not chosen.
            return io.sellersync.api.inventory.csv.CsvImportParser.preview(
                    CsvSource.of(bytes), options.withLimits(options.maxBytes(), 1));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The caller's id, or one derived from the content and options, so posting the same CSV twice is a no-op. */
    private static String importId(
            String given, byte[] bytes, String defaultCurrency, List<ColumnMappingInput> mapping) {
        if (given != null && !given.isBlank()) {
            return given.strip();
        }
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(bytes);
            digest.update(String.valueOf(defaultCurrency).getBytes(StandardCharsets.UTF_8));
            digest.update(String.valueOf(mapping).getBytes(StandardCharsets.UTF_8));
            byte[] hash = digest.digest();
            return "graphql-" + UUID.nameUUIDFromBytes(hash) + "-"
                    + HexFormat.of().formatHex(hash, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static InventoryImportPreview view(CsvPreview preview) {
        List<CsvColumnMapping> mapping = Arrays.stream(CsvField.values())
                .map(field -> new CsvColumnMapping(field, preview.column(field)))
                .toList();
        return new InventoryImportPreview(
                preview.encoding(),
                preview.delimiterName(),
                preview.headers(),
                mapping,
                preview.ignoredHeaders(),
                preview.rowCount(),
                preview.errorCount(),
                preview.errors(),
                preview.sample().stream()
                        .map(InventoryImportGraphQlController::row)
                        .toList(),
                preview.importable());
    }

    private static CsvSampleRow row(CsvRow row) {
        return new CsvSampleRow(
                row.line(),
                row.localSku(),
                row.asin(),
                row.title(),
                row.condition().code(),
                row.price() == null ? null : row.price().amount().toPlainString(),
                row.price() == null ? null : row.price().currency().getCurrencyCode(),
                row.quantity(),
                row.cost() == null ? null : row.cost().amount().toPlainString(),
                row.cost() == null ? null : row.cost().currency().getCurrencyCode(),
                row.status().name(),
                row.notes());
    }
}
