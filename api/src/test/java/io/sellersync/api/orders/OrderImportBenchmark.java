// SPDX-License-Identifier: Apache-2.0
package io.sellersync.api.orders;

import static org.assertj.core.api.Assertions.assertThat;

import io.sellersync.api.SellersyncIntegrationTest;
import io.sellersync.integration.orders.OrderRecorder;
import io.sellersync.integration.orders.OrderRecorderAccess;
import io.sellersync.messages.accounts.AccountId;
import io.sellersync.messages.orders.AmazonOrder;
import io.sellersync.messages.orders.AmazonOrderId;
import io.sellersync.messages.orders.FulfillmentChannel;
import io.sellersync.messages.orders.OrderItem;
import io.sellersync.messages.orders.OrderStatus;
import io.sellersync.messages.shared.MarketplaceId;
import io.sellersync.messages.shared.Money;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
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
 * Benchmark (not part of the test command; the name matches neither *Test nor *IT): {@code bench.orders} orders
 * (100,000 by default) with one to three items each imported end to end in the real application — one
 * {@code ImportOrderCommand} each, sent by the sync's {@link OrderRecorder} exactly as {@code OrderSync} sends a page
 * (batches of 50 in one unit of work, {@code commands-in-flight} batches at a time, the dispatch watch list kept), the
 * {@code AmazonOrder} aggregate deciding, the events stored, and the {@code orders} projection caught up (its
 * {@code order_view} and {@code order_item} rows counted) — against the floor of a raw JDBC batch insert of the same
 * rows into scratch copies of {@code order_view} and {@code order_item} (same columns and indexes), in the same run and
 * database. {@code bench.repetitions} (3) runs, each with a fresh account; prints one JSON line with the median and
 * the spread:
 * {@code ./mvnw -B verify -pl api -am -Dspotless.check.skip=true -Dtest=NoUnit -Dsurefire.failIfNoSpecifiedTests=false
 * -DfailIfNoTests=false -Dit.test=OrderImportBenchmark -Dgroups=bench -Dbench.orders=100000}
 */
@Tag("bench")
@SellersyncIntegrationTest
class OrderImportBenchmark {

    private static final int ORDERS = Integer.getInteger("bench.orders", 100_000);
    private static final int REPETITIONS = Integer.getInteger("bench.repetitions", 3);
    private static final double GOAL = 0.25;
    private static final Currency GBP = Currency.getInstance("GBP");

    @Autowired
    OrderRecorder recorder;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DataSource dataSource;

    @Test
    void importOrdersEndToEndAgainstRawJdbc() throws Exception {
        double[] ratios = new double[REPETITIONS];
        double[] endToEnd = new double[REPETITIONS];
        double[] raw = new double[REPETITIONS];
        double[] sent = new double[REPETITIONS];
        long items = 0;
        for (int r = 0; r < REPETITIONS; r++) {
            AccountId account =
                    new AccountId("bench-" + UUID.randomUUID().toString().substring(0, 8));
            List<AmazonOrder> orders = new ArrayList<>(ORDERS);
            Instant start = Instant.parse("2026-01-01T00:00:00Z");
            for (int i = 0; i < ORDERS; i++) {
                orders.add(order(r, i, start.plusSeconds(i * 30L)));
            }
            items = orders.stream().mapToLong(o -> o.items().size()).sum();

            raw[r] = rawInsert(account, orders, items);

            long began = System.nanoTime();
            long recorded = OrderRecorderAccess.record(recorder, account, orders.stream(), Instant.now());
            sent[r] = (System.nanoTime() - began) / 1e9;
            assertThat(recorded).isEqualTo(ORDERS);
            long shown = 0;
            long shownItems = 0;
            long deadline = System.nanoTime() + 3_600_000_000_000L;
            while (System.nanoTime() < deadline) {
                shown = count("select count(*) from order_view where account_id = ?", account);
                if (shown >= ORDERS) {
                    shownItems = count(
                            "select count(*) from order_item i join order_view v on v.order_id = i.order_id"
                                    + " where v.account_id = ?",
                            account);
                    if (shownItems >= items) {
                        break;
                    }
                }
                Thread.sleep(200);
            }
            endToEnd[r] = (System.nanoTime() - began) / 1e9;
            assertThat(shown).isEqualTo(ORDERS);
            assertThat(shownItems).isEqualTo(items);
            ratios[r] = raw[r] / endToEnd[r];
            System.out.println(String.format(
                    Locale.ROOT,
                    "order-import repetition %d: %d orders, %d items, end to end %.1f s (commands sent %.1f s),"
                            + " raw JDBC %.2f s, ratio %.4f",
                    r + 1,
                    ORDERS,
                    items,
                    endToEnd[r],
                    sent[r],
                    raw[r],
                    ratios[r]));
        }
        double ratio = median(ratios);
        System.out.println(String.format(
                Locale.ROOT,
                "{\"bench\":\"order-import\",\"orders\":%d,\"items\":%d,\"repetitions\":%d,"
                        + "\"endToEndSecondsMedian\":%.1f,\"endToEndSecondsMin\":%.1f,\"endToEndSecondsMax\":%.1f,"
                        + "\"ordersPerSecondMedian\":%.0f,\"rawJdbcSecondsMedian\":%.2f,\"rawJdbcSecondsMin\":%.2f,"
                        + "\"rawJdbcSecondsMax\":%.2f,\"rawOrdersPerSecondMedian\":%.0f,\"ratioMin\":%.4f,"
                        + "\"ratioMax\":%.4f,\"ratio\":%.4f,\"goal\":%.2f,\"ok\":%s}",
                ORDERS,
                items,
                REPETITIONS,
                median(endToEnd),
                min(endToEnd),
                max(endToEnd),
                ORDERS / median(endToEnd),
                median(raw),
                min(raw),
                max(raw),
                ORDERS / median(raw),
                min(ratios),
                max(ratios),
                ratio,
                GOAL,
                ratio >= GOAL));
    }

    private long count(String sql, AccountId account) {
        return jdbc.queryForObject(sql, Long.class, account.value());
    }

    /**
     * The floor: the same orders as {@code order_view} rows and their items as {@code order_item} rows, batch-inserted
     * with plain JDBC into scratch copies of those tables (same columns and indexes), 1,000 orders a commit.
     */
    private double rawInsert(AccountId account, List<AmazonOrder> orders, long items) throws Exception {
        jdbc.execute("drop table if exists bench_raw_order_item");
        jdbc.execute("drop table if exists bench_raw_order_view");
        jdbc.execute("create table bench_raw_order_view (like order_view including all)");
        jdbc.execute("create table bench_raw_order_item (like order_item including all)");
        long began = System.nanoTime();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement view = connection.prepareStatement("insert into bench_raw_order_view (order_id,"
                        + " account_id, amazon_order_id, marketplace_id, purchase_date, purchase_day,"
                        + " last_updated_time, amazon_status, status, channel, ship_by, deliver_by, currency, total,"
                        + " lines, units, version, imported_at, updated_at)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                PreparedStatement line = connection.prepareStatement("insert into bench_raw_order_item (order_id,"
                        + " order_item_id, item_no, asin, seller_sku, title, quantity_ordered, quantity_shipped,"
                        + " currency, unit_price, line_price, promotion_ids, promotion_discount)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            connection.setAutoCommit(false);
            int n = 0;
            Timestamp now = Timestamp.from(Instant.now());
            for (AmazonOrder o : orders) {
                String id = AmazonOrderId.of(account, o.amazonOrderId()).value();
                view.setString(1, id);
                view.setString(2, account.value());
                view.setString(3, o.amazonOrderId());
                view.setString(4, o.marketplaceId().value());
                view.setTimestamp(5, Timestamp.from(o.purchaseDate()));
                view.setObject(6, o.purchaseDate().atOffset(ZoneOffset.UTC).toLocalDate());
                view.setTimestamp(7, Timestamp.from(o.lastUpdatedTime()));
                view.setString(8, o.amazonStatus());
                view.setString(9, o.status().name());
                view.setString(10, o.channel().name());
                view.setTimestamp(11, Timestamp.from(o.shipBy()));
                view.setTimestamp(12, Timestamp.from(o.deliverBy()));
                view.setString(13, o.total().currency().getCurrencyCode());
                view.setBigDecimal(14, o.total().amount());
                view.setInt(15, o.items().size());
                view.setInt(16, o.units());
                view.setLong(17, 0);
                view.setTimestamp(18, now);
                view.setTimestamp(19, now);
                view.addBatch();
                int no = 0;
                for (OrderItem item : o.items()) {
                    line.setString(1, id);
                    line.setString(2, item.orderItemId());
                    line.setInt(3, no++);
                    line.setString(4, item.asin());
                    line.setString(5, item.sellerSku());
                    line.setString(6, item.title());
                    line.setInt(7, item.quantityOrdered());
                    line.setInt(8, item.quantityShipped());
                    line.setString(9, item.unitPrice().currency().getCurrencyCode());
                    line.setBigDecimal(10, item.unitPrice().amount());
                    line.setBigDecimal(11, item.linePrice().amount());
                    line.setString(12, String.join(",", item.promotionIds()));
                    if (item.promotionDiscount() == null) {
                        line.setNull(13, Types.NUMERIC);
                    } else {
                        line.setBigDecimal(13, item.promotionDiscount().amount());
                    }
                    line.addBatch();
                }
                if (++n % 1000 == 0) {
                    view.executeBatch();
                    line.executeBatch();
                    connection.commit();
                }
            }
            view.executeBatch();
            line.executeBatch();
            connection.commit();
        }
        double seconds = (System.nanoTime() - began) / 1e9;
        assertThat(jdbc.queryForObject("select count(*) from bench_raw_order_view", Long.class))
                .isEqualTo(orders.size());
        assertThat(jdbc.queryForObject("select count(*) from bench_raw_order_item", Long.class))
                .isEqualTo(items);
        jdbc.execute("drop table bench_raw_order_item");
        jdbc.execute("drop table bench_raw_order_view");
        return seconds;
    }

    /**
     * An order shaped like Amazon's (and the emulator's): one to three items, mostly shipped, some awaiting dispatch,
     * some cancelled; a quarter fulfilled by Amazon; a promotion on every tenth item.
     */
    private static AmazonOrder order(int repetition, int i, Instant purchased) {
        OrderStatus status =
                i % 10 == 0 ? OrderStatus.CANCELLED : i % 10 < 4 ? OrderStatus.UNSHIPPED : OrderStatus.SHIPPED;
        String amazonStatus = switch (status) {
            case CANCELLED -> "CANCELLED";
            case UNSHIPPED -> "UNSHIPPED";
            default -> "SHIPPED";
        };
        int lines = 1 + i % 3;
        List<OrderItem> items = new ArrayList<>(lines);
        BigDecimal total = BigDecimal.ZERO;
        for (int l = 0; l < lines; l++) {
            int quantity = 1 + (i + l) % 2;
            BigDecimal unit = BigDecimal.valueOf(500 + ((i * 7L + l) % 20_000), 2);
            BigDecimal line = unit.multiply(BigDecimal.valueOf(quantity));
            boolean promoted = (i + l) % 10 == 3;
            BigDecimal discount = promoted ? new BigDecimal("1.00") : BigDecimal.ZERO;
            total = total.add(line).subtract(discount);
            String sku = String.format(Locale.ROOT, "BENCH-%05d", (i + l) % 5_000);
            items.add(new OrderItem(
                    String.format(Locale.ROOT, "%d%08d%d", repetition, i, l),
                    "B0" + String.format(Locale.ROOT, "%08d", (i + l) % 5_000),
                    sku,
                    "Benchmark item " + sku,
                    quantity,
                    status == OrderStatus.SHIPPED ? quantity : 0,
                    new Money(unit, GBP),
                    new Money(line, GBP),
                    promoted ? List.of("PROMO-10") : List.of(),
                    promoted ? new Money(discount, GBP) : null));
        }
        return new AmazonOrder(
                String.format(Locale.ROOT, "206-%07d-%07d", repetition, i),
                new MarketplaceId("A1F83G8C2ARO7P"),
                purchased,
                purchased.plusSeconds(3600),
                amazonStatus,
                status,
                i % 4 == 0 ? FulfillmentChannel.AMAZON : FulfillmentChannel.MERCHANT,
                purchased.plusSeconds(2 * 86400),
                purchased.plusSeconds(5 * 86400),
                new Money(status == OrderStatus.CANCELLED ? BigDecimal.ZERO.setScale(2) : total, GBP),
                items);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static double min(double[] values) {
        return Arrays.stream(values).min().orElse(Double.NaN);
    }

    private static double max(double[] values) {
        return Arrays.stream(values).max().orElse(Double.NaN);
    }
}
