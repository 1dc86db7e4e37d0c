// SPDX-License-Identifier: Apache-2.0
package io.sellersync.api.finances;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.sellersync.api.EmulatedSeller;
import io.sellersync.api.IntegrationTestSupport;
import io.sellersync.api.accounts.AccountConnections;
import io.sellersync.api.admin.ProjectionAdmin;
import io.sellersync.messages.accounts.AccountView;
import io.sellersync.messages.accounts.FindAccountQuery;
import io.sellersync.messages.finances.FeeCategory;
import io.sellersync.messages.finances.FindTransactionQuery;
import io.sellersync.messages.finances.ListTransactionsQuery;
import io.sellersync.messages.finances.MonthSummaryView;
import io.sellersync.messages.finances.MonthlySummaryQuery;
import io.sellersync.messages.finances.OrderReconciliationPage;
import io.sellersync.messages.finances.OrderReconciliationQuery;
import io.sellersync.messages.finances.PayoutReconciliationPage;
import io.sellersync.messages.finances.PayoutReconciliationQuery;
import io.sellersync.messages.finances.PayoutReconciliationView;
import io.sellersync.messages.finances.PayoutStatus;
import io.sellersync.messages.finances.SyncTransactionsCommand;
import io.sellersync.messages.finances.TransactionDetailView;
import io.sellersync.messages.finances.TransactionFilter;
import io.sellersync.messages.finances.TransactionPage;
import io.sellersync.messages.finances.TransactionView;
import io.sellersync.messages.sync.FindSyncCursorQuery;
import io.sellersync.messages.sync.SyncCursorView;
import io.sellersync.messages.sync.SyncDataSet;
import io.sellersync.messages.sync.SyncWindowKind;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * Weeks of trading at the emulator — late postings, commissions corrected in place, deferred shipments released,
 * refunds, monthly fees, fortnightly payouts, one payout short — synced incrementally week by week, each time with
 * the 30-day sweep that the daily schedule runs (the incremental overlap of 72 h cannot see a release seven days
 * after posting; the sweep does). The local transactions must equal the emulator's ground truth exactly (ids, types, statuses, groups, amounts to
 * the cent), every transaction's categories plus uncategorised must be its total, the per-payout reconciliation must
 * find the short payout and nothing else, and a rebuild of the read model must give the same figures.
 */
@FinancesIntegrationTest
@TestPropertySource(properties = "SELLERSYNC_DATA_DIR=${java.io.tmpdir}/sellersync-finances-flow-it")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FinancesFlowIT {

    @DynamicPropertySource
    static void ownSchema(DynamicPropertyRegistry registry) {
        IntegrationTestSupport.ownSchema(registry, "finances_flow");
    }

    static final String START = "2026-03-02T10:00:00Z";
    static final BigDecimal SHORT = new BigDecimal("-1.23");

    static {
        EmulatorClock.freshDatabase("sellersync-finances-flow-it");
    }

    private static EmulatedSeller seller;
    private static String shortMarketplace;

    @Autowired
    AccountConnections connections;

    @Autowired
    CommandGateway commands;

    @Autowired
    QueryGateway queries;

    @Autowired
    ProjectionAdmin projections;

    @AfterAll
    static void stop() {
        EmulatorClock.follow(null);
        if (seller != null) {
            seller.close();
            seller = null;
        }
    }

    @Test
    @Order(1)
    void weeksOfTradingSyncedWeekByWeekEqualTheEmulatorsGroundTruthExactly() {
        EmulatorClock.follow(() -> seller == null ? Instant.parse(START) : emulatorNow());
        seller = new EmulatedSeller(connections, "Finances IT seller", Map.of("start-time", START, "seed", "911"));
        await().atMost(Duration.ofSeconds(20))
                .until(() -> queries.query(
                                new FindAccountQuery(seller.accountId),
                                ResponseTypes.optionalInstanceOf(AccountView.class))
                        .join()
                        .isPresent());
        seller.control("PUT", "/faults", "{\"lateTransactionHours\": 20, \"changedTransactions\": 0.3}");
        shortMarketplace = seller.marketplaces.get(1).value();
        for (int week = 1; week <= 5; week++) {
            seller.control("PUT", "/buyers", "{\"purchasesPerHour\": 5}");
            seller.advance(24 * 3600);
            seller.control("PUT", "/buyers", "{\"purchasesPerHour\": 0}");
            seller.advance(6 * 24 * 3600);
            if (week == 2) {
                seller.control(
                        "POST",
                        "/finances/payout-discrepancy",
                        "{\"marketplaceId\": \"" + shortMarketplace + "\", \"amount\": " + SHORT + "}");
            }
            syncAndWait(SyncWindowKind.INCREMENTAL);
            syncAndWait(SyncWindowKind.SWEEP);
        }
        seller.advance(24 * 3600);
        syncAndWait(SyncWindowKind.INCREMENTAL);
        syncAndWait(SyncWindowKind.SWEEP);

        Map<String, JsonNode> truth = visibleTruth();
        assertThat(truth.values())
                .extracting(t -> t.get("transactionType").asText())
                .contains("Shipment", "Refund", "ServiceFee", "Transfer");
        assertThat(truth.values())
                .extracting(t -> t.get("transactionStatus").asText())
                .contains("DEFERRED", "DEFERRED_RELEASED", "RELEASED");
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> assertThat(local()).hasSameSizeAs(truth.values()));

        Map<String, TransactionView> local = new HashMap<>();
        local().forEach(t -> local.put(t.amazonTransactionId(), t));
        assertThat(local.keySet()).isEqualTo(truth.keySet());
        for (JsonNode t : truth.values()) {
            TransactionView mine = local.get(t.get("transactionId").asText());
            String id = mine.amazonTransactionId();
            assertThat(mine.type()).as(id).isEqualTo(t.get("transactionType").asText());
            assertThat(mine.status())
                    .as(id)
                    .isEqualTo(t.get("transactionStatus").asText());
            assertThat(mine.postedDate())
                    .as(id)
                    .isEqualTo(Instant.parse(t.get("postedDate").asText()));
            assertThat(mine.marketplaceId().value())
                    .as(id)
                    .isEqualTo(t.get("marketplaceId").asText());
            assertThat(mine.financialEventGroupId()).as(id).isEqualTo(text(t, "financialEventGroupId"));
            assertThat(mine.orderId()).as(id).isEqualTo(text(t, "orderId"));
            assertThat(mine.sku()).as(id).isEqualTo(text(t, "sku"));
            assertThat(mine.total().currency().getCurrencyCode())
                    .as(id)
                    .isEqualTo(t.get("currency").asText());
            assertThat(mine.total().amount())
                    .as(id)
                    .isEqualByComparingTo(t.get("totalAmount").decimalValue());

            Map<FeeCategory, BigDecimal> expected = expectedCategories(t.get("breakdowns"));
            Map<FeeCategory, BigDecimal> actual = new EnumMap<>(FeeCategory.class);
            mine.categories().forEach(c -> actual.put(c.category(), c.amount().amount()));
            assertThat(plain(actual)).as(id).isEqualTo(plain(expected));
            BigDecimal categorised = actual.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(categorised.add(mine.uncategorised().amount()))
                    .as(id)
                    .isEqualByComparingTo(t.get("totalAmount").decimalValue());
            assertThat(mine.uncategorised().amount()).as(id).isZero();
        }
        assertThat(local.values()).anyMatch(t -> t.changes() > 0);
    }

    @Test
    @Order(2)
    void aCorrectedCommissionAndAReleaseAreInTheTransactionsHistory() {
        TransactionView changed = local().stream()
                .filter(t -> t.changes() > 0 && t.status().equals("DEFERRED_RELEASED"))
                .findFirst()
                .orElseThrow();
        TransactionDetailView detail = queries.query(
                        new FindTransactionQuery(changed.transactionId()),
                        ResponseTypes.optionalInstanceOf(TransactionDetailView.class))
                .join()
                .orElseThrow();
        assertThat(detail.history().get(0).event()).isEqualTo("TransactionRecordedEvent");
        assertThat(detail.history())
                .flatExtracting(h -> h.changes())
                .anyMatch(c -> c.field().equals("status")
                        && c.before().equals("DEFERRED")
                        && c.after().equals("DEFERRED_RELEASED"));
        assertThat(detail.transaction().breakdowns()).extracting(b -> b.type()).containsExactly("Sales", "Expenses");
    }

    @Test
    @Order(3)
    void perPayoutReconciliationFindsTheShortPayoutAndNothingElse() {
        PayoutReconciliationPage payouts = payouts();
        assertThat(payouts.items())
                .as(payouts.items().toString())
                .extracting(PayoutReconciliationView::status)
                .contains(PayoutStatus.RECONCILED);
        assertThat(payouts.mismatches()).isEqualTo(1);
        PayoutReconciliationView mismatch = payouts.items().get(0);
        assertThat(mismatch.status()).isEqualTo(PayoutStatus.MISMATCH);
        assertThat(mismatch.marketplaceId().value()).isEqualTo(shortMarketplace);
        assertThat(mismatch.difference().amount()).isEqualByComparingTo(SHORT.negate());
        JsonNode transfer = visibleTruth().get(mismatch.transferTransactionId());
        assertThat(transfer.get("financialEventGroupId").asText()).isEqualTo(mismatch.financialEventGroupId());
        assertThat(payouts.items().stream().filter(p -> p.status() == PayoutStatus.MISMATCH))
                .hasSize(1);
    }

    @Test
    @Order(4)
    void rebuildingTheReadModelFromTheEventStoreGivesTheSameFigures() {
        TransactionFilter all = new TransactionFilter(seller.accountId, null, null, null, null, null, null, false);
        List<MonthSummaryView> months = queries.query(
                        new MonthlySummaryQuery(all), ResponseTypes.multipleInstancesOf(MonthSummaryView.class))
                .join();
        PayoutReconciliationPage payouts = payouts();
        OrderReconciliationPage orders = orders();
        List<TransactionView> transactions = local();

        projections.replay("finances", "test");
        await().atMost(Duration.ofMinutes(5))
                .until(() -> !projections.status("finances").replaying() && local().size() == transactions.size());

        assertThat(queries.query(
                                new MonthlySummaryQuery(all), ResponseTypes.multipleInstancesOf(MonthSummaryView.class))
                        .join())
                .isEqualTo(months);
        assertThat(payouts()).isEqualTo(payouts);
        assertThat(orders()).isEqualTo(orders);
        assertThat(local())
                .usingRecursiveComparison()
                .ignoringFields("updatedAt")
                .isEqualTo(transactions);
    }

    private void syncAndWait(SyncWindowKind kind) {
        Instant now = emulatorNow();
        Instant end = now.minus(Duration.ofMinutes(3));
        commands.sendAndWait(new SyncTransactionsCommand(seller.accountId, kind));
        await().atMost(Duration.ofMinutes(5))
                .pollInterval(Duration.ofMillis(300))
                .until(() -> {
                    SyncCursorView cursor = cursor().orElse(null);
                    if (cursor == null) {
                        return false;
                    }
                    if (cursor.lastFailedAt() != null && !cursor.lastFailedAt().isBefore(now)) {
                        throw new AssertionError("The sync failed: " + cursor.lastError());
                    }
                    return kind == SyncWindowKind.INCREMENTAL
                            ? end.equals(cursor.position())
                            : cursor.lastKind() == kind && end.equals(cursor.lastTo());
                });
    }

    private Optional<SyncCursorView> cursor() {
        return queries.query(
                        new FindSyncCursorQuery(seller.accountId, SyncDataSet.TRANSACTIONS),
                        ResponseTypes.optionalInstanceOf(SyncCursorView.class))
                .join();
    }

    private List<TransactionView> local() {
        List<TransactionView> all = new ArrayList<>();
        TransactionFilter filter = new TransactionFilter(seller.accountId, null, null, null, null, null, null, false);
        for (int page = 0; ; page++) {
            TransactionPage p = queries.query(
                            new ListTransactionsQuery(filter, null, true, page, 1000),
                            ResponseTypes.instanceOf(TransactionPage.class))
                    .join();
            all.addAll(p.items());
            if (p.items().size() < 1000) {
                return all;
            }
        }
    }

    private PayoutReconciliationPage payouts() {
        return queries.query(
                        new PayoutReconciliationQuery(seller.accountId, false, 0, 500),
                        ResponseTypes.instanceOf(PayoutReconciliationPage.class))
                .join();
    }

    private OrderReconciliationPage orders() {
        return queries.query(
                        new OrderReconciliationQuery(seller.accountId, null, false, 0, 500),
                        ResponseTypes.instanceOf(OrderReconciliationPage.class))
                .join();
    }

    /** Every transaction the emulator has posted that listTransactions shows now (posted before now − 2 min). */
    private static Map<String, JsonNode> visibleTruth() {
        Instant latest = emulatorNow().minus(Duration.ofMinutes(3));
        Map<String, JsonNode> truth = new HashMap<>();
        for (JsonNode t : seller.control("GET", "/transactions?sellerId=" + seller.sellerId, null)) {
            if (Instant.parse(t.get("postedDate").asText()).isBefore(latest)) {
                truth.put(t.get("transactionId").asText(), t);
            }
        }
        return truth;
    }

    /** The categories of a ground-truth tree, by the emulator's documented breakdown names (docs/emulator.md). */
    private static Map<FeeCategory, BigDecimal> expectedCategories(JsonNode nodes) {
        Map<String, FeeCategory> leaves = Map.ofEntries(
                Map.entry("Principal", FeeCategory.PRODUCT_SALES),
                Map.entry("Tax", FeeCategory.TAX),
                Map.entry("ShippingCharge", FeeCategory.SHIPPING_CREDITS),
                Map.entry("ShippingTax", FeeCategory.TAX),
                Map.entry("PromotionDiscount", FeeCategory.PROMOTIONS),
                Map.entry("PromotionDiscountTax", FeeCategory.TAX),
                Map.entry("Commission", FeeCategory.COMMISSION),
                Map.entry("DigitalServicesFee", FeeCategory.DIGITAL_SERVICES_FEE),
                Map.entry("FBAPerUnitFulfillmentFee", FeeCategory.FBA_FEES),
                Map.entry("RefundAdministrationFee", FeeCategory.REFUND_FEES),
                Map.entry("Subscription", FeeCategory.SERVICE_FEES),
                Map.entry("Transfer", FeeCategory.PAYOUT));
        Map<FeeCategory, BigDecimal> sums = new EnumMap<>(FeeCategory.class);
        collect(nodes, leaves, sums);
        return sums;
    }

    private static void collect(JsonNode nodes, Map<String, FeeCategory> leaves, Map<FeeCategory, BigDecimal> sums) {
        for (JsonNode node : nodes) {
            if (node.get("breakdowns").isEmpty()) {
                FeeCategory category = leaves.get(node.get("type").asText());
                assertThat(category)
                        .as("emulator leaf " + node.get("type").asText())
                        .isNotNull();
                sums.merge(category, node.get("amount").decimalValue(), BigDecimal::add);
            } else {
                collect(node.get("breakdowns"), leaves, sums);
            }
        }
    }

    /** Non-zero amounts as plain strings without trailing zeros, so 5.7 and 5.70 compare equal. */
    private static Map<FeeCategory, String> plain(Map<FeeCategory, BigDecimal> amounts) {
        Map<FeeCategory, String> plain = new EnumMap<>(FeeCategory.class);
        amounts.forEach((c, a) -> {
            if (a.signum() != 0) {
                plain.put(c, a.stripTrailingZeros().toPlainString());
            }
        });
        return plain;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    static Instant emulatorNow() {
        return Instant.parse(seller.control("GET", "/clock", null).get("now").asText());
    }
}
