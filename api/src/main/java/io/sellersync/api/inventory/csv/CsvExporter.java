// SPDX-License-Identifier: Apache-2.0
package io.sellersync.api.inventory.csv;

import io.sellersync.messages.inventory.InventoryItemView;
import io.sellersync.messages.shared.Money;
import java.io.IOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Writes inventory items as CSV the import reads back unchanged: UTF-8 with a BOM (so Excel picks the encoding), the
 * import's own header names, plain amounts with a currency column, Amazon's condition codes. A cost in another
 * currency than the price carries its code ("EUR 3.00").
 */
public final class CsvExporter {

    public static final String BOM = "\uFEFF";

    private CsvExporter() {}

    /**
     * A cell a spreadsheet would run as a formula ({@code =HYPERLINK(...)}, {@code +1}, {@code -2+3}, {@code @SUM},
     * or one starting with a tab or carriage return) gets a leading {@code '}, which spreadsheets show as text. The
     * import strips exactly that one quote again ({@link #unneutralised}), so export and import round-trip. Quotes
     * the seller already typed before such a character ({@code '=x}) get one more, so they survive the round trip.
     */
    static String neutralised(String cell) {
        return startsFormula(cell) ? "'" + cell : cell;
    }

    /** The import's side of {@link #neutralised}: one {@code '} before a formula character is dropped. */
    static String unneutralised(String cell) {
        return cell.length() > 1 && cell.charAt(0) == '\'' && startsFormula(cell) ? cell.substring(1) : cell;
    }

    /** Any leading quotes, then a character a spreadsheet reads as the start of a formula. */
    private static boolean startsFormula(String cell) {
        int at = 0;
        while (at < cell.length() && cell.charAt(at) == '\'') {
            at++;
        }
        if (at == cell.length()) {
            return false;
        }
        char c = cell.charAt(at);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }

    public static String header() {
        return Arrays.stream(CsvField.values()).map(CsvField::header).collect(Collectors.joining(","));
    }

    public static void writeHeader(Writer out) throws IOException {
        out.write(BOM);
        out.write(header());
        out.write("\r\n");
    }

    public static void writeRow(Writer out, InventoryItemView item) throws IOException {
        Money price = item.price();
        Money cost = item.cost();
        String costText = null;
        if (cost != null) {
            costText = price != null && price.currency().equals(cost.currency())
                    ? cost.amount().toPlainString()
                    : cost.currency().getCurrencyCode() + " " + cost.amount().toPlainString();
        }
        String[] cells = {
            item.localSku(),
            item.asin(),
            item.title(),
            item.condition() == null ? null : item.condition().code(),
            price == null ? null : price.amount().toPlainString(),
            price == null ? null : price.currency().getCurrencyCode(),
            String.valueOf(item.quantity()),
            costText,
            item.status() == null ? null : item.status().name(),
            item.notes()
        };
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(quote(cells[i]));
        }
        out.write("\r\n");
    }

    public static String quote(String raw) {
        if (raw == null) {
            return "";
        }
        String cell = neutralised(raw);
        boolean needs = cell.indexOf(',') >= 0
                || cell.indexOf('"') >= 0
                || cell.indexOf('\n') >= 0
                || cell.indexOf('\r') >= 0
                || cell.indexOf(';') >= 0
                || cell.indexOf('\t') >= 0
                || (!cell.isEmpty()
                        && (Character.isWhitespace(cell.charAt(0))
                                || Character.isWhitespace(cell.charAt(cell.length() - 1))));
        return needs ? '"' + cell.replace("\"", "\"\"") + '"' : cell;
    }
}
