// SPDX-License-Identifier: Apache-2.0
package io.sellersync.api.finances;

import io.sellersync.api.inventory.csv.CsvExporter;
import io.sellersync.messages.finances.CategoryAmount;
import io.sellersync.messages.finances.FeeCategory;
import io.sellersync.messages.finances.MonthSummaryView;
import io.sellersync.messages.finances.OrderReconciliationView;
import io.sellersync.messages.finances.PayoutReconciliationView;
import io.sellersync.messages.finances.TransactionView;
import io.sellersync.messages.shared.Marketplaces;
import io.sellersync.messages.shared.Money;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Transactions, months, payouts and per-order reconciliation as CSV that accounting tools and spreadsheets import: UTF-8 with a BOM, a header
 * row, comma-separated, one row per record, dates as {@code yyyy-MM-dd} (and the full UTC time beside), amounts as
 * plain signed decimals with a dot in a currency column's currency, one column per fee category. Text cells that a
 * spreadsheet would run as a formula are neutralised as in the inventory export; amounts are written as numbers.
 */
public final class FinanceCsv {

    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);

    private FinanceCsv() {}

    public static void transactionsHeader(Writer out) throws IOException {
        List<String> header = new ArrayList<>(List.of(
                "Date",
                "Posted at (UTC)",
                "Account",
                "Transaction ID",
                "Type",
                "Status",
                "Description",
                "Marketplace",
                "Order ID",
                "Financial event group",
                "SKU",
                "ASIN",
                "Quantity",
                "Currency",
                "Total",
                "Sales",
                "Refunds",
                "Fees",
                "Net"));
        for (FeeCategory category : FeeCategory.values()) {
            header.add(category.label());
        }
        header.add("Uncategorised");
        header.add("Unknown breakdown types");
        start(out, header);
    }

    public static void transaction(Writer out, TransactionView t, String accountName) throws IOException {
        List<String> cells = new ArrayList<>();
        text(cells, DAY.format(t.postedDate()));
        text(cells, t.postedDate().toString());
        text(cells, accountName);
        text(cells, t.amazonTransactionId());
        text(cells, t.type());
        text(cells, t.status());
        text(cells, t.description());
        text(cells, t.marketplaceId() == null ? null : Marketplaces.countryCode(t.marketplaceId()));
        text(cells, t.orderId());
        text(cells, t.financialEventGroupId());
        text(cells, t.sku());
        text(cells, t.asin());
        cells.add(t.quantity() == null ? "" : t.quantity().toString());
        text(cells, t.total().currency().getCurrencyCode());
        amount(cells, t.total());
        amount(cells, t.sales());
        amount(cells, t.refunds());
        amount(cells, t.fees());
        amount(cells, t.net());
        categories(cells, t.categories());
        amount(cells, t.uncategorised());
        text(cells, String.join("; ", t.unknownTypes()));
        row(out, cells);
    }

    public static void monthsHeader(Writer out) throws IOException {
        List<String> header = new ArrayList<>(
                List.of("Month", "Currency", "Transactions", "Sales", "Refunds", "Fees", "Net", "Reserve", "Payouts"));
        for (FeeCategory category : FeeCategory.values()) {
            header.add(category.label());
        }
        header.add("Uncategorised");
        start(out, header);
    }

    public static void month(Writer out, MonthSummaryView m) throws IOException {
        List<String> cells = new ArrayList<>();
        text(cells, m.month());
        text(cells, m.currency());
        cells.add(Long.toString(m.transactions()));
        amount(cells, m.sales());
        amount(cells, m.refunds());
        amount(cells, m.fees());
        amount(cells, m.net());
        amount(cells, m.reserve());
        amount(cells, m.payouts());
        categories(cells, m.categories());
        amount(cells, m.uncategorised());
        row(out, cells);
    }

    public static void payoutsHeader(Writer out) throws IOException {
        start(
                out,
                List.of(
                        "Financial event group",
                        "Marketplace",
                        "Currency",
                        "Status",
                        "Transactions",
                        "Transactions total",
                        "Transferred",
                        "Difference",
                        "Transfer date",
                        "Transfer transaction ID"));
    }

    public static void payout(Writer out, PayoutReconciliationView p) throws IOException {
        List<String> cells = new ArrayList<>();
        text(cells, p.financialEventGroupId());
        text(cells, p.marketplaceId() == null ? null : Marketplaces.countryCode(p.marketplaceId()));
        text(cells, p.currency());
        text(cells, p.status().name());
        cells.add(Integer.toString(p.transactions()));
        amount(cells, p.transactionsTotal());
        amount(cells, p.transferred());
        amount(cells, p.difference());
        text(cells, p.transferDate() == null ? null : DAY.format(p.transferDate()));
        text(cells, p.transferTransactionId());
        row(out, cells);
    }

    public static void ordersHeader(Writer out) throws IOException {
        List<String> header = new ArrayList<>(List.of(
                "Order ID",
                "Marketplace",
                "Order status",
                "Purchase date",
                "Currency",
                "Order total",
                "Sales",
                "Difference",
                "Refunds",
                "Fees",
                "Net",
                "Uncategorised",
                "Transactions",
                "Last posted",
                "Mismatch",
                "Flags"));
        for (FeeCategory category : FeeCategory.values()) {
            if (category.isFee()) {
                header.add(category.label());
            }
        }
        start(out, header);
    }

    public static void order(Writer out, OrderReconciliationView o) throws IOException {
        List<String> cells = new ArrayList<>();
        text(cells, o.orderId());
        text(cells, o.marketplaceId() == null ? null : Marketplaces.countryCode(o.marketplaceId()));
        text(cells, o.orderStatus() == null ? null : o.orderStatus().name());
        text(cells, o.purchaseDate() == null ? null : DAY.format(o.purchaseDate()));
        text(cells, o.currency());
        amount(cells, o.orderTotal());
        amount(cells, o.sales());
        amount(cells, o.difference());
        amount(cells, o.refunds());
        amount(cells, o.fees());
        amount(cells, o.net());
        amount(cells, o.uncategorised());
        cells.add(Integer.toString(o.transactions()));
        text(cells, o.lastPosted() == null ? null : DAY.format(o.lastPosted()));
        text(cells, o.mismatch() ? "yes" : "no");
        text(cells, String.join("; ", o.flags()));
        Map<FeeCategory, BigDecimal> byCategory = new EnumMap<>(FeeCategory.class);
        o.feeCategories().forEach(a -> byCategory.merge(a.category(), a.amount().amount(), BigDecimal::add));
        for (FeeCategory category : FeeCategory.values()) {
            if (category.isFee()) {
                BigDecimal amount = byCategory.get(category);
                cells.add(amount == null ? "0" : amount.toPlainString());
            }
        }
        row(out, cells);
    }

    private static void categories(List<String> cells, List<CategoryAmount> amounts) {
        Map<FeeCategory, BigDecimal> byCategory = new EnumMap<>(FeeCategory.class);
        amounts.forEach(a -> byCategory.merge(a.category(), a.amount().amount(), BigDecimal::add));
        for (FeeCategory category : FeeCategory.values()) {
            BigDecimal amount = byCategory.get(category);
            cells.add(amount == null ? "0" : amount.toPlainString());
        }
    }

    private static void start(Writer out, List<String> header) throws IOException {
        out.write(CsvExporter.BOM);
        List<String> cells = new ArrayList<>();
        header.forEach(h -> text(cells, h));
        row(out, cells);
    }

    private static void text(List<String> cells, String value) {
        cells.add(CsvExporter.quote(value));
    }

    private static void amount(List<String> cells, Money money) {
        cells.add(money == null ? "" : money.amount().toPlainString());
    }

    private static void row(Writer out, List<String> cells) throws IOException {
        out.write(String.join(",", cells));
        out.write("\r\n");
    }

    static String day(Instant at) {
        return DAY.format(at);
    }
}
