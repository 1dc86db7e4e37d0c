// SPDX-License-Identifier: Apache-2.0
package io.sellersync.api.finances;

import static org.assertj.core.api.Assertions.assertThat;

import io.sellersync.messages.accounts.AccountId;
import io.sellersync.messages.finances.CategoryAmount;
import io.sellersync.messages.finances.FeeCategory;
import io.sellersync.messages.finances.FinancialTransactionId;
import io.sellersync.messages.finances.MonthSummaryView;
import io.sellersync.messages.finances.OrderReconciliationFlag;
import io.sellersync.messages.finances.OrderReconciliationView;
import io.sellersync.messages.finances.TransactionView;
import io.sellersync.messages.orders.OrderStatus;
import io.sellersync.messages.shared.MarketplaceId;
import io.sellersync.messages.shared.Money;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The CSV exports as a spreadsheet or accounting tool reads them. */
class FinanceCsvTest {

    private static Money gbp(String amount) {
        return Money.of(amount, "GBP");
    }

    @Test
    void aTransactionRowHasOneColumnPerCategoryNegativeAmountsAsNumbersAndFormulaTextNeutralised() throws Exception {
        TransactionView t = new TransactionView(
                FinancialTransactionId.of(new AccountId("a"), "T-1"),
                new AccountId("a"),
                "T-1",
                "Shipment",
                "RELEASED",
                "=HYPERLINK(\"http://x\")",
                Instant.parse("2026-03-02T10:15:00Z"),
                new MarketplaceId("A1F83G8C2ARO7P"),
                "205-1-2",
                "G1",
                "-SKU,1",
                "B0TEST",
                2,
                gbp("122.11"),
                gbp("144.16"),
                gbp("0"),
                gbp("-22.05"),
                gbp("122.11"),
                gbp("0.00"),
                List.of(),
                List.of(
                        new CategoryAmount(FeeCategory.PRODUCT_SALES, gbp("144.16")),
                        new CategoryAmount(FeeCategory.COMMISSION, gbp("-21.62")),
                        new CategoryAmount(FeeCategory.DIGITAL_SERVICES_FEE, gbp("-0.43"))),
                0,
                Instant.parse("2026-03-02T12:00:00Z"));
        StringWriter out = new StringWriter();
        FinanceCsv.transactionsHeader(out);
        FinanceCsv.transaction(out, t, "My shop");
        String[] lines = out.toString().split("\r\n");
        assertThat(lines[0]).startsWith("\uFEFFDate,");
        String[] header = lines[0].substring(1).split(",", -1);
        assertThat(header).contains("Commission", "Digital services fee", "FBA fees", "Payouts", "Uncategorised");
        assertThat(lines[1])
                .startsWith("2026-03-02,2026-03-02T10:15:00Z,My shop,T-1,Shipment,RELEASED,")
                .contains("\"'=HYPERLINK(\"\"http://x\"\")\"")
                .contains(",\"'-SKU,1\",")
                .contains(",GBP,122.11,144.16,0,-22.05,122.11,")
                .contains(",-21.62,-0.43,");
        int commission = List.of(header).indexOf("Commission");
        assertThat(cells(lines[1])[commission]).isEqualTo("-21.62");
        assertThat(cells(lines[1])).hasSameSizeAs(header);
    }

    @Test
    void theMonthlySummaryHasTheSameCategoryColumns() throws Exception {
        StringWriter out = new StringWriter();
        FinanceCsv.monthsHeader(out);
        FinanceCsv.month(
                out,
                new MonthSummaryView(
                        "2026-03",
                        "EUR",
                        3,
                        Money.of("10.00", "EUR"),
                        Money.of("-1.00", "EUR"),
                        Money.of("-2.00", "EUR"),
                        Money.of("7.00", "EUR"),
                        Money.of("0", "EUR"),
                        Money.of("-5.00", "EUR"),
                        Money.of("0", "EUR"),
                        List.of(new CategoryAmount(FeeCategory.FBA_FEES, Money.of("-2.00", "EUR")))));
        String[] lines = out.toString().split("\r\n");
        assertThat(lines[1]).startsWith("2026-03,EUR,3,10.00,-1.00,-2.00,7.00,0,-5.00,");
        assertThat(cells(lines[1])).hasSameSizeAs(lines[0].split(",", -1));
    }

    /** Splits a CSV line on commas outside quotes. */
    private static String[] cells(String line) {
        List<String> cells = new java.util.ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (char c : line.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                cells.add(cell.toString());
                cell.setLength(0);
                continue;
            }
            cell.append(c);
        }
        cells.add(cell.toString());
        return cells.toArray(String[]::new);
    }

    @Test
    void anOrderRowHasTheOrderSideTheDifferenceAndOneColumnPerFeeCategory() throws Exception {
        OrderReconciliationView o = new OrderReconciliationView(
                new AccountId("a"),
                "205-1-2",
                new MarketplaceId("A1F83G8C2ARO7P"),
                "GBP",
                1,
                Instant.parse("2026-03-03T10:00:00Z"),
                Instant.parse("2026-03-03T10:00:00Z"),
                gbp("25.00"),
                gbp("0"),
                gbp("-3.75"),
                gbp("21.25"),
                gbp("0"),
                List.of(new CategoryAmount(FeeCategory.COMMISSION, gbp("-3.75"))),
                List.of("Order total £30.00, sales £25.00 (difference £5.00)"),
                true,
                true,
                OrderStatus.SHIPPED,
                Instant.parse("2026-03-02T10:00:00Z"),
                gbp("30.00"),
                gbp("5.00"),
                List.of(OrderReconciliationFlag.TOTAL_MISMATCH));
        StringWriter out = new StringWriter();
        FinanceCsv.ordersHeader(out);
        FinanceCsv.order(out, o);
        String[] lines = out.toString().split("\r\n");
        List<String> header = List.of(lines[0].substring(1).split(",", -1));
        String[] row = lines[1].split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", -1);
        assertThat(row).hasSameSizeAs(header.toArray());
        assertThat(row[header.indexOf("Order total")]).isEqualTo("30.00");
        assertThat(row[header.indexOf("Difference")]).isEqualTo("5.00");
        assertThat(row[header.indexOf("Order status")]).isEqualTo("SHIPPED");
        assertThat(row[header.indexOf("Commission")]).isEqualTo("-3.75");
        assertThat(row[header.indexOf("Mismatch")]).isEqualTo("yes");
    }
}
