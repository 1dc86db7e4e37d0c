// SPDX-License-Identifier: Apache-2.0
package io.sellersync.api.inventory.csv;

import io.sellersync.messages.inventory.InventoryFields;
import io.sellersync.messages.inventory.InventoryStatus;
import io.sellersync.messages.inventory.ItemCondition;
import io.sellersync.messages.shared.Money;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Turns the bytes of an inventory CSV into a {@link CsvPreview} and typed rows — no Spring, no database. Streams the
 * file (a 50 MB upload never sits in memory as text): one pass to tell UTF-8 from Windows-1252, one to read rows.
 * Every field is checked with the rules of {@link InventoryFields}, so a row the preview accepts is a row the
 * aggregate accepts; every error names the physical line and the column.
 */
public final class CsvImportParser {

    static final int MAX_CELL = 100_000;
    private static final int HEAD_BYTES = 64 * 1024;
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private CsvImportParser() {}

    /** Reads the whole file; {@code rows} receives every row without errors, in file order. */
    public static CsvPreview parse(CsvSource source, CsvOptions options, Consumer<CsvRow> rows) throws IOException {
        long size = source.size();
        if (size > options.maxBytes()) {
            return CsvPreview.refused(
                    null,
                    "The file is " + megabytes(size) + "; the limit is " + megabytes(options.maxBytes())
                            + ". Split it into smaller files.");
        }
        byte[] head;
        try (InputStream in = source.open()) {
            head = in.readNBytes(HEAD_BYTES);
        }
        if (head.length == 0) {
            return CsvPreview.refused(null, "The file is empty.");
        }
        Charset charset;
        String encoding;
        int skip = 0;
        if (startsWith(head, 0xEF, 0xBB, 0xBF)) {
            charset = StandardCharsets.UTF_8;
            encoding = "UTF-8 with BOM";
            skip = 3;
        } else if (startsWith(head, 0xFF, 0xFE)) {
            charset = StandardCharsets.UTF_16LE;
            encoding = "UTF-16LE with BOM";
            skip = 2;
        } else if (startsWith(head, 0xFE, 0xFF)) {
            charset = StandardCharsets.UTF_16BE;
            encoding = "UTF-16BE with BOM";
            skip = 2;
        } else {
            if (looksBinary(head)) {
                return CsvPreview.refused(
                        null,
                        "This is not a CSV text file (it contains binary data, or UTF-16 text without a byte-order mark)."
                                + " Save the sheet as CSV (UTF-8) first.");
            }
            if (validUtf8(source)) {
                charset = StandardCharsets.UTF_8;
                encoding = "UTF-8";
            } else {
                charset = WINDOWS_1252;
                encoding = "Windows-1252 (Latin-1)";
            }
        }
        String headText = decodeLeniently(head, skip, charset);
        char delimiter = options.delimiter() != null ? options.delimiter() : detectDelimiter(headText);
        try (InputStream in = source.open()) {
            in.skipNBytes(skip);
            Reader reader = new InputStreamReader(
                    in,
                    charset.newDecoder()
                            .onMalformedInput(CodingErrorAction.REPLACE)
                            .onUnmappableCharacter(CodingErrorAction.REPLACE));
            return new Reading(new CsvRecordReader(reader, delimiter, MAX_CELL), encoding, delimiter, options, rows)
                    .read();
        }
    }

    /** Reads a preview without keeping rows. */
    public static CsvPreview preview(CsvSource source, CsvOptions options) throws IOException {
        return parse(source, options, row -> {});
    }

    /** One pass over the records after the encoding and the delimiter are known. */
    private static final class Reading {
        private final CsvRecordReader records;
        private final String encoding;
        private final char delimiter;
        private final CsvOptions options;
        private final Consumer<CsvRow> rows;
        private final List<CsvError> errors = new ArrayList<>();
        private final List<CsvRow> sample = new ArrayList<>();
        private final Map<String, Integer> skus = new HashMap<>();
        private int errorCount;
        private int rowCount;
        private List<String> headers = List.of();
        private Map<CsvField, Integer> mapping = Map.of();
        private List<String> ignored = List.of();

        Reading(CsvRecordReader records, String encoding, char delimiter, CsvOptions options, Consumer<CsvRow> rows) {
            this.records = records;
            this.encoding = encoding;
            this.delimiter = delimiter;
            this.options = options;
            this.rows = rows;
        }

        CsvPreview read() throws IOException {
            try {
                List<String> header = records.next();
                while (header != null && blank(header)) {
                    header = records.next();
                }
                if (header == null) {
                    return result("The file has no header row, only empty lines.");
                }
                headers = header.stream()
                        .map(h -> h.replace("\uFEFF", "").strip())
                        .toList();
                String problem = map();
                if (problem != null) {
                    return result(problem);
                }
                List<String> cells;
                while ((cells = records.next()) != null) {
                    if (blank(cells)) {
                        continue;
                    }
                    rowCount++;
                    if (rowCount > options.maxRows()) {
                        rowCount = options.maxRows();
                        return result("The file has more than " + String.format(Locale.ROOT, "%,d", options.maxRows())
                                + " rows. Split it into smaller files.");
                    }
                    row(records.recordLine(), cells);
                }
                if (rowCount == 0) {
                    return result("The file has a header row but no rows below it.");
                }
            } catch (CsvRecordReader.FormatException e) {
                error(e.line(), null, capitalize(e.getMessage()) + "; the rest of the file cannot be read.");
            }
            return result(null);
        }

        private CsvPreview result(String problem) {
            return new CsvPreview(
                    encoding,
                    delimiter,
                    headers,
                    mapping,
                    ignored,
                    rowCount,
                    List.copyOf(errors),
                    errorCount,
                    List.copyOf(sample),
                    problem,
                    problem == null ? skus : Map.of());
        }

        /** Builds the column mapping (explicit or by names); a missing required column is the file's problem. */
        private String map() {
            Map<CsvField, Integer> chosen = new EnumMap<>(CsvField.class);
            List<String> unused = new ArrayList<>();
            if (options.mapping() != null) {
                for (Map.Entry<CsvField, Integer> entry : options.mapping().entrySet()) {
                    if (entry.getValue() != null && entry.getValue() >= 0 && entry.getValue() < headers.size()) {
                        chosen.put(entry.getKey(), entry.getValue());
                    }
                }
                for (int i = 0; i < headers.size(); i++) {
                    if (!chosen.containsValue(i) && !headers.get(i).isEmpty()) {
                        unused.add(headers.get(i));
                    }
                }
            } else {
                for (int i = 0; i < headers.size(); i++) {
                    Optional<CsvField> field = CsvField.forHeader(headers.get(i));
                    if (field.isPresent() && !chosen.containsKey(field.get())) {
                        chosen.put(field.get(), i);
                    } else if (!headers.get(i).isEmpty()) {
                        unused.add(headers.get(i));
                    }
                }
            }
            mapping = Map.copyOf(chosen);
            ignored = List.copyOf(unused);
            List<String> missing = Arrays.stream(CsvField.values())
                    .filter(f -> f.required() && !chosen.containsKey(f))
                    .map(f -> f.label() + " (a column named " + f.header() + ")")
                    .toList();
            if (missing.isEmpty()) {
                return null;
            }
            return "Required column" + (missing.size() > 1 ? "s" : "") + " missing: " + String.join(", ", missing)
                    + ". The header row has: "
                    + headers.stream()
                            .map(h -> h.isEmpty() ? "(empty)" : "\"" + shorten(h) + "\"")
                            .collect(Collectors.joining(", "))
                    + ". Rename the columns or choose them in the mapping.";
        }

        private void row(int line, List<String> cells) {
            if (cells.size() < headers.size()) {
                error(
                        line,
                        null,
                        "The row has " + cells.size() + " cell" + (cells.size() == 1 ? "" : "s") + "; the header has "
                                + headers.size() + " (a missing delimiter or a line break outside quotes?)");
                return;
            }
            if (cells.size() > headers.size()
                    && cells.subList(headers.size(), cells.size()).stream().anyMatch(c -> !c.isBlank())) {
                error(
                        line,
                        null,
                        "The row has " + cells.size() + " cells; the header has " + headers.size()
                                + " (an unquoted delimiter inside a value?)");
                return;
            }
            int before = errorCount;
            String sku = text(cells, CsvField.LOCAL_SKU);
            String skuProblem = InventoryFields.localSkuProblem(sku);
            if (skuProblem != null) {
                error(line, CsvField.LOCAL_SKU, capitalize(skuProblem));
            } else {
                Integer first = skus.putIfAbsent(sku, line);
                if (first != null) {
                    error(
                            line,
                            CsvField.LOCAL_SKU,
                            "Local SKU " + sku + " appears twice: on line " + first + " and on line " + line);
                }
            }
            String asin = text(cells, CsvField.ASIN).toUpperCase(Locale.ROOT);
            check(line, CsvField.ASIN, InventoryFields.asinProblem(asin));
            String title = text(cells, CsvField.TITLE);
            check(line, CsvField.TITLE, InventoryFields.titleProblem(title));
            String notes = text(cells, CsvField.NOTES);
            check(line, CsvField.NOTES, InventoryFields.notesProblem(notes));
            ItemCondition condition = condition(line, text(cells, CsvField.CONDITION));
            Currency currency = currency(line, text(cells, CsvField.CURRENCY));
            Currency rowCurrency = currency != null ? currency : options.defaultCurrency();
            Money price = money(line, CsvField.PRICE, text(cells, CsvField.PRICE), currency, rowCurrency, false);
            Currency costCurrency = price != null ? price.currency() : rowCurrency;
            Money cost = money(line, CsvField.COST, text(cells, CsvField.COST), null, costCurrency, true);
            if (cost != null && price != null && !cost.currency().equals(price.currency())) {
                error(
                        line,
                        CsvField.COST,
                        "Cost is in " + cost.currency().getCurrencyCode() + " but the price is in "
                                + price.currency().getCurrencyCode());
                cost = null;
            }
            int quantity = quantity(line, text(cells, CsvField.QUANTITY));
            InventoryStatus status = status(line, text(cells, CsvField.STATUS));
            if (errorCount == before) {
                CsvRow row = new CsvRow(
                        line,
                        sku,
                        asin.isEmpty() ? null : asin,
                        title.isEmpty() ? null : title,
                        condition,
                        price,
                        quantity,
                        cost,
                        status,
                        notes.isEmpty() ? null : notes);
                if (sample.size() < options.sampleRows()) {
                    sample.add(row);
                }
                rows.accept(row);
            }
        }

        private ItemCondition condition(int line, String text) {
            if (text.isEmpty()) {
                error(line, CsvField.CONDITION, "Condition is required (for example new_new or used_good)");
                return null;
            }
            Optional<ItemCondition> condition = Conditions.parse(text);
            if (condition.isEmpty()) {
                error(
                        line,
                        CsvField.CONDITION,
                        "Unknown condition \"" + shorten(text)
                                + "\"; use Amazon's codes such as new_new, used_like_new, used_very_good, used_good,"
                                + " used_acceptable, refurbished_refurbished, or words such as New or Used - Good");
                return null;
            }
            return condition.get();
        }

        private Currency currency(int line, String text) {
            if (text.isEmpty()) {
                return null;
            }
            try {
                return Currency.getInstance(text.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                error(line, CsvField.CURRENCY, "\"" + shorten(text) + "\" is not a currency code such as GBP or EUR");
                return null;
            }
        }

        /**
         * A price (must be more than zero) or a cost (may be zero, may name its own currency). A symbol or code in the
         * cell must agree with {@code explicit} (the currency column); {@code fallback} applies when the cell names none.
         */
        private Money money(
                int line, CsvField field, String text, Currency explicit, Currency fallback, boolean zeroAllowed) {
            if (text.isEmpty()) {
                return null;
            }
            Amounts.Amount amount;
            try {
                amount = Amounts.parse(text, fallback);
            } catch (Amounts.AmountException e) {
                error(line, field, capitalize(field.label().toLowerCase(Locale.ROOT)) + " " + e.getMessage());
                return null;
            }
            String what = field.label().toLowerCase(Locale.ROOT);
            if (amount.value().signum() < 0) {
                error(line, field, capitalize(what) + " cannot be negative (" + shorten(text) + ")");
                return null;
            }
            if (amount.value().signum() == 0 && !zeroAllowed) {
                error(
                        line,
                        field,
                        "Price must be more than zero (" + shorten(text) + "); leave it empty for an unpriced item");
                return null;
            }
            if (amount.currency() != null
                    && explicit != null
                    && !amount.currency().equals(explicit)) {
                error(
                        line,
                        field,
                        capitalize(what) + " " + shorten(text) + " is in "
                                + amount.currency().getCurrencyCode() + " but the row's currency is "
                                + explicit.getCurrencyCode());
                return null;
            }
            Currency currency = amount.currency() != null ? amount.currency() : fallback;
            if (currency == null) {
                error(
                        line,
                        field,
                        capitalize(what) + " " + shorten(text)
                                + " has no currency: add a currency column or symbol, or choose a default currency");
                return null;
            }
            BigDecimal value = amount.value();
            String problem = InventoryFields.amountProblem(capitalize(what) + " " + shorten(text), value, currency);
            if (problem != null) {
                error(line, field, problem);
                return null;
            }
            return new Money(value, currency);
        }

        private int quantity(int line, String text) {
            if (text.isEmpty()) {
                return 1;
            }
            if (!text.matches("[+-]?\\d{1,9}")) {
                error(
                        line,
                        CsvField.QUANTITY,
                        "Quantity must be a whole number of units (found \"" + shorten(text) + "\")");
                return 0;
            }
            int quantity = Integer.parseInt(text);
            check(line, CsvField.QUANTITY, InventoryFields.quantityProblem(quantity));
            return quantity;
        }

        private InventoryStatus status(int line, String text) {
            if (text.isEmpty()) {
                return InventoryStatus.BACKLOG;
            }
            String key = text.toUpperCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
            for (InventoryStatus status : InventoryStatus.values()) {
                if (status.name().equals(key)) {
                    return status;
                }
            }
            error(
                    line,
                    CsvField.STATUS,
                    "Unknown status \"" + shorten(text) + "\"; use BACKLOG, LISTED, SOLD or RETURNED");
            return null;
        }

        private String text(List<String> cells, CsvField field) {
            Integer index = mapping.get(field);
            return index == null || index >= cells.size()
                    ? ""
                    : CsvExporter.unneutralised(cells.get(index)).strip();
        }

        private void check(int line, CsvField field, String problem) {
            if (problem != null) {
                error(line, field, capitalize(problem));
            }
        }

        private void error(int line, CsvField field, String message) {
            errorCount++;
            if (errors.size() < options.maxErrors()) {
                Integer index = field == null ? null : mapping.get(field);
                String column = index == null ? null : headers.get(index);
                errors.add(new CsvError(line, column, message));
            }
        }
    }

    static boolean blank(List<String> cells) {
        for (String cell : cells) {
            if (!cell.isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** The delimiter that occurs most often outside quotes in the first non-empty line; comma when none does. */
    static char detectDelimiter(String text) {
        int comma = 0;
        int semicolon = 0;
        int tab = 0;
        boolean quoted = false;
        boolean seen = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                if (seen) {
                    break;
                }
            } else if (!quoted) {
                seen |= !Character.isWhitespace(c);
                if (c == ',') {
                    comma++;
                } else if (c == ';') {
                    semicolon++;
                } else if (c == '\t') {
                    tab++;
                }
            }
        }
        if (tab > comma && tab >= semicolon) {
            return '\t';
        }
        return semicolon > comma ? ';' : ',';
    }

    private static boolean validUtf8(CsvSource source) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer chars = CharBuffer.allocate(64 * 1024);
        ByteBuffer bytes = ByteBuffer.allocate(64 * 1024);
        try (InputStream in = source.open()) {
            byte[] chunk = new byte[32 * 1024];
            int n;
            while ((n = in.read(chunk)) != -1) {
                bytes.put(chunk, 0, n);
                bytes.flip();
                var result = decoder.decode(bytes, chars, false);
                if (result.isError()) {
                    return false;
                }
                bytes.compact();
                chars.clear();
            }
            bytes.flip();
            var result = decoder.decode(bytes, chars, true);
            if (result.isError()) {
                return false;
            }
            return !decoder.flush(chars).isError() && !bytes.hasRemaining();
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** NUL bytes, or many control characters, in the first 64 KB: a spreadsheet binary, an image, a zip. */
    private static boolean looksBinary(byte[] head) {
        int control = 0;
        for (byte b : head) {
            int v = b & 0xFF;
            if (v == 0) {
                return true;
            }
            if (v < 0x20 && v != '\n' && v != '\r' && v != '\t' && v != 0x0C) {
                control++;
            }
        }
        return control > head.length / 100 + 2;
    }

    private static String decodeLeniently(byte[] head, int skip, Charset charset) {
        return new String(head, skip, head.length - skip, charset);
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    static String shorten(String text) {
        return text.length() > 60 ? text.substring(0, 57) + "…" : text;
    }

    private static String capitalize(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
