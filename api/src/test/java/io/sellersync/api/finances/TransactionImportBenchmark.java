// SPDX-License-Identifier: Apache-2.0
package io.sellersync.api.finances;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.sellersync.api.SellersyncIntegrationTest;
import io.sellersync.api.admin.ProjectionAdmin;
import io.sellersync.integration.finances.TransactionRecorder;
import io.sellersync.messages.accounts.AccountId;
import io.sellersync.messages.finances.AmazonTransaction;
import io.sellersync.messages.finances.BreakdownNode;
import io.sellersync.messages.finances.FinancialTransactionId;
import io.sellersync.messages.finances.RecordTransactionCommand;
import io.sellersync.messages.finances.RelatedIdentifier;
import io.sellersync.messages.finances.TransactionItem;
import io.sellersync.messages.shared.MarketplaceId;
import io.sellersync.messages.shared.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Benchmark (not part of the test command; the name matches neither *Test nor *IT): 100,000 transactions imported end
 * to end in the real application — one {@link RecordTransactionCommand} each through the command bus, sent by the
 * sync's {@link TransactionRecorder} (16 in flight), the {@code FinancialTransaction} aggregate deciding, the event stored, and the {@code finances}
 * projection caught up (its rows counted) — against the floor of a raw JDBC batch insert of the same rows (the same
 * fields and breakdown tree as JSON) in the same run and database; then the rebuild rate of the {@code finances}
 * projection (which every reconciliation figure is summed from) replaying the whole event store. Prints one JSON line:
 * {@code ./mvnw -B verify -pl api -am -Dspotless.check.skip=true -Dtest=NoUnit -Dsurefire.failIfNoSpecifiedTests=false
 * -DfailIfNoTests=false -Dit.test=TransactionImportBenchmark -Dgroups=bench}
 */
@Tag("bench")
@SellersyncIntegrationTest
class TransactionImportBenchmark {

    private static final int ROWS = 100_000;
    private static final int IN_FLIGHT = 16;
    private static final double GOAL = 0.25;

    @Autowired
    TransactionRecorder recorder;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    ProjectionAdmin projections;

    @Test
    void import100kTransactions() throws Exception {
        AccountId account =
                new AccountId("bench-" + UUID.randomUUID().toString().substring(0, 8));
        List<AmazonTransaction> transactions = new ArrayList<>(ROWS);
        Instant start = Instant.parse("2026-01-01T00:00:00Z");
        for (int i = 0; i < ROWS; i++) {
            transactions.add(shipment(i, start.plusSeconds(i * 60L)));
        }

        double rawSeconds = rawInsert(account, transactions);

        long began = System.nanoTime();
        long recorded = recorder.record(account, transactions.stream(), Instant.now());
        double commandSeconds = (System.nanoTime() - began) / 1e9;
        assertThat(recorded).isEqualTo(ROWS);
        long shown = 0;
        long deadline = System.nanoTime() + 1_800_000_000_000L;
        while (System.nanoTime() < deadline) {
            shown = count(account);
            if (shown >= ROWS) {
                break;
            }
            Thread.sleep(200);
        }
        double endToEndSeconds = (System.nanoTime() - began) / 1e9;
        assertThat(shown).isEqualTo(ROWS);

        long events = jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
        long replayStarted = System.nanoTime();
        projections.replay("finances", "benchmark");
        while (projections.status("finances").replaying() || count(account) < ROWS) {
            Thread.sleep(200);
        }
        double replaySeconds = (System.nanoTime() - replayStarted) / 1e9;

        double ratio = rawSeconds / endToEndSeconds;
        System.out.println(String.format(
                Locale.ROOT,
                "{\"bench\":\"transaction-import-100k\",\"transactions\":%d,\"inFlight\":%d,"
                        + "\"endToEndSeconds\":%.1f,\"transactionsPerSecond\":%.0f,\"commandsSentSeconds\":%.1f,"
                        + "\"rawJdbcSeconds\":%.2f,\"rawRowsPerSecond\":%.0f,\"replayedEvents\":%d,"
                        + "\"replaySeconds\":%.1f,\"replayEventsPerSecond\":%.0f,\"ratio\":%.3f,\"goal\":%.2f,"
                        + "\"ok\":%s}",
                ROWS,
                IN_FLIGHT,
                endToEndSeconds,
                ROWS / endToEndSeconds,
                commandSeconds,
                rawSeconds,
                ROWS / rawSeconds,
                events,
                replaySeconds,
                events / replaySeconds,
                ratio,
                GOAL,
                ratio >= GOAL));
    }

    private long count(AccountId account) {
        return jdbc.queryForObject(
                "select count(*) from finance_transaction where account_id = ?", Long.class, account.value());
    }

    /** The floor: the same rows (fields and breakdown tree as JSON) batch-inserted with plain JDBC, 1,000 a batch. */
    private double rawInsert(AccountId account, List<AmazonTransaction> transactions) throws Exception {
        ObjectMapper json = new ObjectMapper();
        jdbc.execute("drop table if exists bench_raw_transaction");
        jdbc.execute("""
                create table bench_raw_transaction (transaction_id varchar(300) primary key, account_id varchar(64),
                    amazon_transaction_id varchar(200), type varchar(100), status varchar(50), posted_at timestamptz,
                    marketplace_id varchar(32), order_id varchar(100), sku varchar(200), asin varchar(20),
                    quantity integer, currency varchar(3), total numeric, breakdowns text)
                """);
        long began = System.nanoTime();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(
                        "insert into bench_raw_transaction values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            connection.setAutoCommit(false);
            int n = 0;
            for (AmazonTransaction t : transactions) {
                insert.setString(
                        1, FinancialTransactionId.of(account, t.transactionId()).value());
                insert.setString(2, account.value());
                insert.setString(3, t.transactionId());
                insert.setString(4, t.type());
                insert.setString(5, t.status());
                insert.setTimestamp(6, Timestamp.from(t.postedDate()));
                insert.setString(7, t.marketplaceId().value());
                insert.setString(8, t.orderId());
                insert.setString(9, t.sku());
                insert.setString(10, t.asin());
                insert.setInt(11, t.quantity());
                insert.setString(12, t.currency());
                insert.setBigDecimal(13, t.total().amount());
                insert.setString(14, json.writeValueAsString(t.breakdowns()));
                insert.addBatch();
                if (++n % 1000 == 0) {
                    insert.executeBatch();
                    connection.commit();
                }
            }
            insert.executeBatch();
            connection.commit();
        }
        double seconds = (System.nanoTime() - began) / 1e9;
        assertThat(jdbc.queryForObject("select count(*) from bench_raw_transaction", Long.class))
                .isEqualTo(ROWS);
        jdbc.execute("drop table bench_raw_transaction");
        return seconds;
    }

    /** A shipment shaped like Amazon's (and the emulator's): sales with VAT, commission and digital services fee. */
    private static AmazonTransaction shipment(int i, Instant posted) {
        BigDecimal gross = BigDecimal.valueOf(500 + (i % 20_000), 2);
        BigDecimal principal = gross.divide(new BigDecimal("1.20"), 2, RoundingMode.HALF_UP);
        BigDecimal commission = gross.multiply(new BigDecimal("-0.15")).setScale(2, RoundingMode.HALF_UP);
        BigDecimal dst = commission.multiply(new BigDecimal("0.02")).setScale(2, RoundingMode.HALF_UP);
        BigDecimal fees = commission.add(dst);
        List<BreakdownNode> tree = List.of(
                new BreakdownNode(
                        "Sales",
                        gross,
                        List.of(new BreakdownNode(
                                "ProductCharges",
                                gross,
                                List.of(
                                        new BreakdownNode("Principal", principal, List.of()),
                                        new BreakdownNode("Tax", gross.subtract(principal), List.of()))))),
                new BreakdownNode(
                        "Expenses",
                        fees,
                        List.of(new BreakdownNode(
                                "AmazonFees",
                                fees,
                                List.of(
                                        new BreakdownNode("Commission", commission, List.of()),
                                        new BreakdownNode("DigitalServicesFee", dst, List.of()))))));
        BigDecimal total = gross.add(fees);
        String order = String.format(Locale.ROOT, "205-%07d-%07d", i / 7, i);
        String sku = String.format(Locale.ROOT, "BENCH-%05d", i % 5_000);
        return new AmazonTransaction(
                String.format(Locale.ROOT, "BENCH-%08d", i),
                "Shipment",
                "DEFERRED",
                "Order Payment",
                posted,
                new MarketplaceId("A1F83G8C2ARO7P"),
                order,
                null,
                sku,
                "B0" + String.format(Locale.ROOT, "%08d", i % 5_000),
                1,
                "MFN",
                new Money(total, Currency.getInstance("GBP")),
                tree,
                List.of(new TransactionItem("Product", sku, "B0BENCH", 1, "MFN", total, tree)),
                List.of(new RelatedIdentifier("ORDER_ID", order)),
                "DD7",
                posted.plusSeconds(7 * 86400));
    }
}
