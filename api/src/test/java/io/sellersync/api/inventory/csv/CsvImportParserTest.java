// SPDX-License-Identifier: Apache-2.0
package io.sellersync.api.inventory.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sellersync.messages.inventory.InventoryItemId;
import io.sellersync.messages.inventory.InventoryItemView;
import io.sellersync.messages.inventory.InventoryStatus;
import io.sellersync.messages.inventory.ItemCondition;
import io.sellersync.messages.shared.Money;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;

/** The parser's rules one by one: amounts, line numbers, mapping, limits, the export round trip, a 50 MB file. */
class CsvImportParserTest {

    private static final Currency GBP = Currency.getInstance("GBP");
    private static final String HEADER = "local_sku,asin,title,condition,price,currency,quantity,cost,status,notes\n";

    @ParameterizedTest(name = "{0} → {1} {2}")
    @org.junit.jupiter.params.provider.CsvSource(
            delimiter = '|',
            value = {
                "12.50|12.50|GBP",
                "12,50|12.50|GBP",
                "£12.50|12.50|GBP",
                "€ 12,50|12.50|EUR",
                "1,234.56|1234.56|GBP",
                "1.234,56|1234.56|GBP",
                "12.50 EUR|12.50|EUR",
                "USD 3|3|USD",
                "$4.99|4.99|USD",
                "0.125|0.125|GBP",
                "1 234,56|1234.56|GBP",
                "12|12|GBP"
            })
    void amountsSellersType(String text, String amount, String currency) throws Exception {
        Amounts.Amount parsed = Amounts.parse(text, GBP);
        assertThat(parsed.value()).isEqualByComparingTo(amount);
        Currency expected = Currency.getInstance(currency);
        assertThat(parsed.currency() == null ? GBP : parsed.currency()).isEqualTo(expected);
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(
            strings = {"12.5.1", "abc", "12.50abc", "1,234", "1.234", "12..5", "1,23,4.00", "XYZ 12"})
    void amountsThatAreNotAmounts(String text) {
        assertThatThrownBy(() -> Amounts.parse(text, GBP)).isInstanceOf(Amounts.AmountException.class);
    }

    @Test
    void dollarMeansTheRowsDollarCurrency() throws Exception {
        assertThat(Amounts.parse("$5", Currency.getInstance("CAD")).currency()).isEqualTo(Currency.getInstance("CAD"));
        assertThat(Amounts.parse("$5", GBP).currency()).isEqualTo(Currency.getInstance("USD"));
    }

    @Test
    void rowsAreTypedWithDefaults() throws IOException {
        List<CsvRow> rows = new ArrayList<>();
        CsvPreview preview = parse(HEADER + "A-1, b00example ,Mug,Used - Good,€12.50,,,EUR 2,,\n", rows);
        assertThat(preview.errors()).isEmpty();
        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.line()).isEqualTo(2);
            assertThat(row.localSku()).isEqualTo("A-1");
            assertThat(row.asin()).isEqualTo("B00EXAMPLE");
            assertThat(row.condition()).isEqualTo(ItemCondition.USED_GOOD);
            assertThat(row.price()).isEqualTo(Money.of("12.50", "EUR"));
            assertThat(row.quantity()).isEqualTo(1);
            assertThat(row.cost()).isEqualTo(Money.of("2", "EUR"));
            assertThat(row.status()).isEqualTo(InventoryStatus.BACKLOG);
            assertThat(row.notes()).isNull();
        });
        assertThat(preview.sample()).hasSize(1);
        assertThat(preview.encoding()).isEqualTo("UTF-8");
        assertThat(preview.delimiterName()).isEqualTo("comma");
    }

    @Test
    void lineNumbersArePhysicalLinesWithEmbeddedNewlinesAndBareCarriageReturns() throws IOException {
        String csv = "sku,asin,condition,price\r"
                + "A,,new_new,\"1\n2\"\r"
                + "\r"
                + "B,,new_new,\"x\r\ny\"\r"
                + "C,,new_new,bad\r";
        CsvPreview preview = parse(csv, new ArrayList<>());
        assertThat(preview.errors()).extracting(CsvError::line).containsExactly(2, 5, 7);
    }

    @Test
    void duplicateSkuNamesBothLines() throws IOException {
        CsvPreview preview =
                parse(HEADER + "A,,,new_new,,,,,,\nB,,,new_new,,,,,,\nA,,,new_new,,,,,,\n", new ArrayList<>());
        assertThat(preview.errors())
                .singleElement()
                .satisfies(e -> assertThat(e.message()).contains("line 2").contains("line 4"));
        assertThat(preview.errors().get(0).line()).isEqualTo(4);
    }

    @Test
    void explicitMappingOverridesHeaderNames() throws IOException {
        String csv = "code,product,state,amount\nX-1,B00EXAMPLE,new_new,3.00\n";
        CsvPreview auto = parse(csv, new ArrayList<>());
        assertThat(auto.problem()).contains("Local SKU").contains("\"code\"");
        List<CsvRow> rows = new ArrayList<>();
        CsvPreview mapped = CsvImportParser.parse(
                CsvSource.of(csv.getBytes(StandardCharsets.UTF_8)),
                CsvOptions.defaults(GBP)
                        .withMapping(Map.of(
                                CsvField.LOCAL_SKU, 0, CsvField.ASIN, 1, CsvField.CONDITION, 2, CsvField.PRICE, 3)),
                rows::add);
        assertThat(mapped.problem()).isNull();
        assertThat(rows).singleElement().extracting(CsvRow::localSku).isEqualTo("X-1");
        assertThat(mapped.column(CsvField.PRICE)).isEqualTo("amount");
    }

    @Test
    void forcedDelimiterWins() throws IOException {
        String csv = "sku;asin;condition\nA;;new_new\n";
        CsvPreview preview = CsvImportParser.preview(
                CsvSource.of(csv.getBytes(StandardCharsets.UTF_8)),
                CsvOptions.defaults(GBP).withDelimiter(','));
        assertThat(preview.problem()).contains("Required columns missing");
    }

    @Test
    void limitsRefuseTheFileWithOneMessage() throws IOException {
        byte[] csv =
                (HEADER + "A,,,new_new,,,,,,\nB,,,new_new,,,,,,\nC,,,new_new,,,,,,\n").getBytes(StandardCharsets.UTF_8);
        CsvPreview tooManyRows = CsvImportParser.preview(
                CsvSource.of(csv), CsvOptions.defaults(GBP).withLimits(1_000_000, 2));
        assertThat(tooManyRows.problem()).contains("more than 2 rows");
        assertThat(tooManyRows.importable()).isFalse();
        CsvPreview tooLarge = CsvImportParser.preview(
                CsvSource.of(csv), CsvOptions.defaults(GBP).withLimits(50, 200_000));
        assertThat(tooLarge.problem()).contains("limit");
    }

    @Test
    void exportReadsBackAsTheSameItems() throws IOException {
        List<InventoryItemView> items = List.of(
                new InventoryItemView(
                        InventoryItemId.random(),
                        "RT-1",
                        "B00EXAMPLE",
                        "Mug, \"XL\"\nsecond line",
                        ItemCondition.COLLECTIBLE_VERY_GOOD,
                        Money.of("1234.50", "EUR"),
                        3,
                        Money.of("2.00", "EUR"),
                        InventoryStatus.LISTED,
                        "; tricky, notes",
                        Instant.now(),
                        Instant.now()),
                new InventoryItemView(
                        InventoryItemId.random(),
                        "RT-2",
                        null,
                        null,
                        ItemCondition.NEW_NEW,
                        null,
                        0,
                        Money.of("1.50", "USD"),
                        InventoryStatus.BACKLOG,
                        null,
                        Instant.now(),
                        Instant.now()));
        StringWriter out = new StringWriter();
        CsvExporter.writeHeader(out);
        for (InventoryItemView item : items) {
            CsvExporter.writeRow(out, item);
        }
        byte[] bytes = out.toString().getBytes(StandardCharsets.UTF_8);
        assertThat(bytes[0] & 0xFF).isEqualTo(0xEF);
        List<CsvRow> rows = new ArrayList<>();
        CsvPreview preview = CsvImportParser.parse(CsvSource.of(bytes), CsvOptions.defaults(null), rows::add);
        assertThat(preview.errors()).isEmpty();
        assertThat(preview.ignoredHeaders()).isEmpty();
        assertThat(rows).hasSize(2);
        for (int i = 0; i < 2; i++) {
            InventoryItemView item = items.get(i);
            CsvRow row = rows.get(i);
            assertThat(row.localSku()).isEqualTo(item.localSku());
            assertThat(row.asin()).isEqualTo(item.asin());
            assertThat(row.title()).isEqualTo(item.title());
            assertThat(row.condition()).isEqualTo(item.condition());
            assertThat(row.price()).isEqualTo(item.price());
            assertThat(row.quantity()).isEqualTo(item.quantity());
            assertThat(row.cost()).isEqualTo(item.cost());
            assertThat(row.status()).isEqualTo(item.status());
            assertThat(row.notes()).isEqualTo(item.notes());
        }
    }

    @Test
    void anOverLongOrExponentAmountIsARowErrorNamingTheColumn() throws IOException {
        List<CsvRow> rows = new ArrayList<>();
        CsvPreview preview = parse(
                HEADER
                        + "A,,,new_new,12345678901.00,GBP,,,,\n"
                        + "B,,,new_new,1e999999999,GBP,,,,\n"
                        + "C,,,new_new,1" + "0".repeat(5_000) + ",GBP,,,,\n"
                        + "D,,,new_new,9999999999.99,GBP,,1.5E3,,\n"
                        + "E,,,new_new,9999999999.99,GBP,,,,\n",
                rows);
        assertThat(preview.errors()).extracting(CsvError::line).containsExactly(2, 3, 4, 5);
        assertThat(preview.errors()).extracting(CsvError::column).containsExactly("price", "price", "price", "cost");
        assertThat(preview.errors().get(0).message()).contains("too large").contains("9,999,999,999");
        assertThat(preview.errors().get(1).message()).contains("not an amount");
        assertThat(preview.errors().get(2).message()).contains("too long");
        assertThat(preview.errors().get(3).message()).contains("not an amount");
        assertThat(rows).extracting(CsvRow::localSku).contains("E");
    }

    @Test
    void formulaCellsAreNeutralisedOnExportAndReadBackUnchanged() throws IOException {
        List<String> tricky = List.of("=HYPERLINK(\"http://x\")", "+1", "-2+3", "@SUM(A1)", "\t=1", "'=quoted", "ok");
        StringWriter out = new StringWriter();
        CsvExporter.writeHeader(out);
        for (int i = 0; i < tricky.size(); i++) {
            CsvExporter.writeRow(
                    out,
                    new InventoryItemView(
                            InventoryItemId.random(),
                            "F-" + i,
                            null,
                            tricky.get(i),
                            ItemCondition.NEW_NEW,
                            null,
                            1,
                            null,
                            InventoryStatus.BACKLOG,
                            tricky.get(i),
                            Instant.now(),
                            Instant.now()));
        }
        String csv = out.toString();
        for (String line : csv.split("\r\n")) {
            for (String cell : line.split(",")) {
                String bare = cell.startsWith("\"") ? cell.substring(1) : cell;
                assertThat(bare).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("@");
                assertThat(bare).doesNotStartWith("-").doesNotStartWith("\t");
            }
        }
        assertThat(csv).contains("'=HYPERLINK").contains(",'+1,").contains("''=quoted");
        List<CsvRow> rows = new ArrayList<>();
        CsvPreview preview = CsvImportParser.parse(
                CsvSource.of(csv.getBytes(StandardCharsets.UTF_8)), CsvOptions.defaults(null), rows::add);
        assertThat(preview.errors()).isEmpty();
        assertThat(rows)
                .extracting(CsvRow::notes)
                .containsExactly("=HYPERLINK(\"http://x\")", "+1", "-2+3", "@SUM(A1)", "=1", "'=quoted", "ok");
        assertThat(rows).extracting(CsvRow::title).element(5).isEqualTo("'=quoted");
    }

    @Test
    void aLineWithTooManyCellsFailsTheFileNamingTheLine() throws IOException {
        CsvPreview preview = parse(HEADER + "A,,,new_new,,,,,,\n" + "B" + ",".repeat(5_000) + "\n", new ArrayList<>());
        assertThat(preview.errors()).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(3);
            assertThat(e.message()).contains("Line 3 has more than 1,000 cells");
        });
        assertThat(preview.importable()).isFalse();
    }

    @Test
    void theRecordReaderCapsCellsAndCharactersPerRecord() throws Exception {
        CsvRecordReader cells = new CsvRecordReader(new java.io.StringReader("a,b\nc,d,e,f\n"), ',', 100, 3, 1_000);
        assertThat(cells.next()).containsExactly("a", "b");
        assertThatThrownBy(cells::next)
                .isInstanceOf(CsvRecordReader.FormatException.class)
                .hasMessageContaining("line 2 has more than 3 cells");
        CsvRecordReader chars = new CsvRecordReader(
                new java.io.StringReader("x".repeat(40) + "," + "y".repeat(40) + "," + "z".repeat(40) + "\n"),
                ',',
                50,
                1_000,
                100);
        assertThatThrownBy(chars::next)
                .isInstanceOf(CsvRecordReader.FormatException.class)
                .hasMessageContaining("line 1 is longer than 100 characters");
    }

    /** 50 MB generated here (never committed): read as a stream, errors capped, no OutOfMemoryError. */
    @Test
    void fiftyMegabyteFileIsReadWithCappedErrors(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("big.csv");
        String title = "x".repeat(300);
        long target = 50L * 1024 * 1024;
        int rows = 0;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(HEADER);
            long written = HEADER.length();
            while (written < target) {
                rows++;
                String price = rows % 7 == 0 ? "12.5.1" : "12.50";
                String line = "BIG-" + rows + ",B00EXAMPLE," + title + ",new_new," + price + ",GBP,1,,,\n";
                out.write(line);
                written += line.length();
            }
        }
        assertThat(Files.size(file)).isGreaterThanOrEqualTo(target);
        Runtime runtime = Runtime.getRuntime();
        long before = runtime.totalMemory() - runtime.freeMemory();
        long started = System.nanoTime();
        CsvPreview preview = CsvImportParser.preview(CsvSource.of(file), CsvOptions.defaults(GBP));
        double seconds = (System.nanoTime() - started) / 1e9;
        assertThat(preview.problem()).isNull();
        assertThat(preview.rowCount()).isEqualTo(rows);
        assertThat(preview.errorCount()).isEqualTo(rows / 7);
        assertThat(preview.errors()).hasSize(CsvOptions.MAX_ERRORS);
        assertThat(preview.errors().get(0).line()).isEqualTo(8);
        assertThat(preview.sample()).hasSize(CsvOptions.SAMPLE_ROWS);
        assertThat(preview.importable()).isFalse();
        System.gc();
        long after = runtime.totalMemory() - runtime.freeMemory();
        System.out.printf(
                "50 MB preview: %d rows, %d errors, %.1f s, heap held after a GC %d MB%n",
                rows, preview.errorCount(), seconds, (after - before) / (1024 * 1024));
    }

    private static CsvPreview parse(String csv, List<CsvRow> rows) throws IOException {
        return CsvImportParser.parse(
                CsvSource.of(csv.getBytes(StandardCharsets.UTF_8)), CsvOptions.defaults(GBP), rows::add);
    }
}
