// SPDX-License-Identifier: Apache-2.0
package io.sellersync.query.finances;

import static io.sellersync.messages.finances.BreakdownNode.leaf;
import static io.sellersync.messages.finances.BreakdownNode.of;
import static org.assertj.core.api.Assertions.assertThat;

import io.sellersync.messages.accounts.AccountId;
import io.sellersync.messages.accounts.GuardRails;
import io.sellersync.messages.finances.AmazonTransaction;
import io.sellersync.messages.finances.BreakdownNode;
import io.sellersync.messages.finances.CategoryAmount;
import io.sellersync.messages.finances.CurrencyTotalsView;
import io.sellersync.messages.finances.FeeCategory;
import io.sellersync.messages.finances.FeeRules;
import io.sellersync.messages.finances.FinancialTransactionEvent;
import io.sellersync.messages.finances.FinancialTransactionId;
import io.sellersync.messages.finances.FindTransactionQuery;
import io.sellersync.messages.finances.ListTransactionsQuery;
import io.sellersync.messages.finances.MonthSummaryView;
import io.sellersync.messages.finances.MonthlySummaryQuery;
import io.sellersync.messages.finances.OrderReconciliationPage;
import io.sellersync.messages.finances.OrderReconciliationQuery;
import io.sellersync.messages.finances.PayoutReconciliationPage;
import io.sellersync.messages.finances.PayoutReconciliationQuery;
import io.sellersync.messages.finances.RelatedIdentifier;
import io.sellersync.messages.finances.SkuSummaryPage;
import io.sellersync.messages.finances.SkuSummaryQuery;
import io.sellersync.messages.finances.TransactionChange;
import io.sellersync.messages.finances.TransactionChangedEvent;
import io.sellersync.messages.finances.TransactionDetailView;
import io.sellersync.messages.finances.TransactionFilter;
import io.sellersync.messages.finances.TransactionItem;
import io.sellersync.messages.finances.TransactionPage;
import io.sellersync.messages.finances.TransactionRecordedEvent;
import io.sellersync.messages.finances.TransactionSummaryQuery;
import io.sellersync.messages.inventory.InventoryItemCreatedEvent;
import io.sellersync.messages.inventory.InventoryItemId;
import io.sellersync.messages.inventory.InventoryStatus;
import io.sellersync.messages.inventory.ItemCondition;
import io.sellersync.messages.queue.ItemQueuedEvent;
import io.sellersync.messages.queue.ItemSnapshot;
import io.sellersync.messages.queue.QueueItemId;
import io.sellersync.messages.queue.SkuResolution;
import io.sellersync.messages.shared.MarketplaceId;
import io.sellersync.messages.shared.Money;
import io.sellersync.query.ProjectionDatabase;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The finances read model against the real PostgreSQL: figures per transaction, summaries, months, per-order,
 * per-payout and per-SKU reconciliation, redelivery, in-place changes, and a changed fee rule recomputing every figure
 * when the events are replayed from the event store.
 */
@SpringBootTest(classes = ProjectionDatabase.class)
@TestPropertySource("classpath:projection-database.properties")
class FinanceProjectionTest {

    private static final AccountId ACCOUNT = new AccountId("acc-fin");
    private static final MarketplaceId UK = new MarketplaceId("A1F83G8C2ARO7P");
    private static final MarketplaceId DE = new MarketplaceId("A1PA6795UKMFR9");
    private static final Instant DAY = Instant.parse("2026-03-02T10:00:00Z");

    @Autowired
    FinanceProjection projection;

    @Autowired
    TransactionQueries transactions;

    @Autowired
    ReconciliationQueries reconciliation;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EventStore eventStore;

    @Autowired
    TransactionTemplate tx;

    private final List<DomainEventMessage<?>> stored = new ArrayList<>();

    @BeforeEach
    void empty() {
        tx.executeWithoutResult(s -> projection.reset());
        stored.clear();
    }

    private static AmazonTransaction shipment(
            String id, String order, MarketplaceId market, String status, String group, String principal, String sku) {
        BigDecimal sales = new BigDecimal(principal);
        BigDecimal commission = sales.multiply(new BigDecimal("-0.15")).setScale(2, java.math.RoundingMode.HALF_UP);
        List<BreakdownNode> tree = List.of(
                new BreakdownNode("Sales", sales, List.of(new BreakdownNode("Principal", sales, List.of()))),
                new BreakdownNode(
                        "Expenses",
                        commission.add(new BigDecimal("-0.10")),
                        List.of(new BreakdownNode(
                                "AmazonFees",
                                commission.add(new BigDecimal("-0.10")),
                                List.of(
                                        new BreakdownNode("Commission", commission, List.of()),
                                        leaf("LowInventoryLevelFee", "-0.10"))))));
        BigDecimal total = sales.add(commission).add(new BigDecimal("-0.10"));
        return transaction(id, "Shipment", status, order, market, group, sku, 2, total, tree);
    }

    private static AmazonTransaction transaction(
            String id,
            String type,
            String status,
            String order,
            MarketplaceId market,
            String group,
            String sku,
            Integer quantity,
            BigDecimal total,
            List<BreakdownNode> tree) {
        String currency = market.equals(UK) ? "GBP" : "EUR";
        List<RelatedIdentifier> ids = new ArrayList<>();
        if (order != null) {
            ids.add(new RelatedIdentifier("ORDER_ID", order));
        }
        if (group != null) {
            ids.add(new RelatedIdentifier("FINANCIAL_EVENT_GROUP_ID", group));
        }
        return new AmazonTransaction(
                id,
                type,
                status,
                type,
                DAY,
                market,
                order,
                group,
                sku,
                sku == null ? null : "B0" + sku,
                quantity,
                "MFN",
                new Money(total, java.util.Currency.getInstance(currency)),
                tree,
                sku == null
                        ? List.of()
                        : List.of(new TransactionItem("Product", sku, "B0" + sku, quantity, "MFN", total, tree)),
                ids,
                null,
                null);
    }

    private void record(AmazonTransaction t, long sequence) {
        FinancialTransactionId id = FinancialTransactionId.of(ACCOUNT, t.transactionId());
        TransactionRecordedEvent event = new TransactionRecordedEvent(id, ACCOUNT, t, DAY);
        store(event, sequence);
        tx.executeWithoutResult(s -> projection.on(event, sequence));
    }

    private void change(AmazonTransaction t, long sequence) {
        FinancialTransactionId id = FinancialTransactionId.of(ACCOUNT, t.transactionId());
        TransactionChangedEvent event = new TransactionChangedEvent(
                id, ACCOUNT, List.of(new TransactionChange("status", "DEFERRED", t.status())), t, DAY.plusSeconds(60));
        store(event, sequence);
        tx.executeWithoutResult(s -> projection.on(event, sequence));
    }

    private void store(FinancialTransactionEvent event, long sequence) {
        GenericDomainEventMessage<FinancialTransactionEvent> message = new GenericDomainEventMessage<>(
                "FinancialTransaction", event.transactionId().value(), sequence, event);
        stored.add(message);
        eventStore.publish(message);
    }

    /** What a replay does: the reset handler, then every stored event again, in order, through {@code target}. */
    private void replay(FinanceProjection target) {
        tx.executeWithoutResult(s -> {
            target.reset();
            for (DomainEventMessage<?> m : stored) {
                if (m.getPayload() instanceof TransactionRecordedEvent r) {
                    target.on(r, m.getSequenceNumber());
                } else if (m.getPayload() instanceof TransactionChangedEvent c) {
                    target.on(c, m.getSequenceNumber());
                }
            }
        });
    }

    private void aMonthOfTrading() {
        record(shipment("S1", "O-1", UK, "DEFERRED_RELEASED", "G1", "100.00", "SKU-A"), 0);
        record(shipment("S2", "O-2", UK, "DEFERRED_RELEASED", "G1", "40.00", "SKU-B"), 0);
        BigDecimal refundTotal = new BigDecimal("-34.00");
        record(
                transaction(
                        "R1",
                        "Refund",
                        "RELEASED",
                        "O-2",
                        UK,
                        "G1",
                        "SKU-B",
                        2,
                        refundTotal,
                        List.of(
                                of("Sales", "-40.00", leaf("Principal", "-40.00")),
                                of("Expenses", "6.00", of("AmazonFees", "6.00", leaf("Commission", "6.00"))))),
                0);
        record(
                transaction(
                        "F1",
                        "ServiceFee",
                        "RELEASED",
                        null,
                        UK,
                        "G1",
                        null,
                        null,
                        new BigDecimal("-25.00"),
                        List.of(of("Expenses", "-25.00", of("ServiceFees", "-25.00", leaf("Subscription", "-25.00"))))),
                0);
        // G1 UK: 84.90 + 33.90 - 34.00 - 25.00 = 59.80
        record(
                transaction(
                        "T1",
                        "Transfer",
                        "RELEASED",
                        null,
                        UK,
                        "G1",
                        null,
                        null,
                        new BigDecimal("-59.80"),
                        List.of(leaf("Transfer", "-59.80"))),
                0);
        record(shipment("S3", "O-3", DE, "DEFERRED_RELEASED", "G1", "50.00", "SKU-A"), 0);
        record(
                transaction(
                        "T2",
                        "Transfer",
                        "RELEASED",
                        null,
                        DE,
                        "G1",
                        null,
                        null,
                        new BigDecimal("-42.00"),
                        List.of(leaf("Transfer", "-42.00"))),
                0);
        record(shipment("S4", "O-4", UK, "DEFERRED", null, "10.00", "SKU-A"), 0);
        record(shipment("S5", "O-5", UK, "DEFERRED_RELEASED", "G2", "20.00", "SKU-A"), 0);
    }

    @Test
    void everyTransactionsCategoriesAndUncategorisedAddUpToItsTotal() {
        aMonthOfTrading();
        TransactionPage page =
                transactions.handle(new ListTransactionsQuery(TransactionFilter.all(), null, true, 0, 50));
        assertThat(page.total()).isEqualTo(9);
        page.items().forEach(t -> {
            BigDecimal categorised =
                    t.categories().stream().map(c -> c.amount().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(categorised.add(t.uncategorised().amount()))
                    .as(t.amazonTransactionId())
                    .isEqualByComparingTo(t.total().amount());
        });
        assertThat(page.items())
                .filteredOn(t -> t.amazonTransactionId().equals("S1"))
                .singleElement()
                .satisfies(t -> {
                    assertThat(t.uncategorised().amount()).isEqualByComparingTo("-0.10");
                    assertThat(t.unknownTypes()).containsExactly("LowInventoryLevelFee");
                    assertThat(t.fees().amount()).isEqualByComparingTo("-15.00");
                    assertThat(t.net().amount()).isEqualByComparingTo("84.90");
                });
    }

    @Test
    void theSummaryMonthsAndFiltersArePerCurrency() {
        aMonthOfTrading();
        List<CurrencyTotalsView> summary = transactions.handle(new TransactionSummaryQuery(TransactionFilter.all()));
        assertThat(summary).extracting(CurrencyTotalsView::currency).containsExactly("EUR", "GBP");
        CurrencyTotalsView gbp = summary.get(1);
        assertThat(gbp.sales().amount()).isEqualByComparingTo("170.00");
        assertThat(gbp.refunds().amount()).isEqualByComparingTo("-40.00");
        assertThat(gbp.fees().amount())
                .as("commissions -25.50 + refunded 6.00 + subscription -25.00")
                .isEqualByComparingTo("-44.50");
        assertThat(gbp.payouts().amount()).isEqualByComparingTo("-59.80");
        assertThat(gbp.net().amount()).isEqualByComparingTo("85.10");
        assertThat(gbp.uncategorised().amount()).isEqualByComparingTo("-0.40");

        List<MonthSummaryView> months = transactions.handle(new MonthlySummaryQuery(TransactionFilter.all()));
        assertThat(months).extracting(MonthSummaryView::month).containsOnly("2026-03");
        assertThat(months)
                .extracting(m -> m.net().amount())
                .usingComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                .containsExactly(new BigDecimal("42.40"), new BigDecimal("85.10"));

        TransactionFilter refunds = new TransactionFilter(ACCOUNT, "Refund", null, UK, null, null, null, false);
        assertThat(transactions
                        .handle(new ListTransactionsQuery(refunds, null, true, 0, 10))
                        .total())
                .isEqualTo(1);
        TransactionFilter byOrder = new TransactionFilter(null, null, null, null, null, null, "O-2", false);
        assertThat(transactions
                        .handle(new ListTransactionsQuery(byOrder, null, true, 0, 10))
                        .items())
                .extracting(t -> t.amazonTransactionId())
                .containsExactlyInAnyOrder("S2", "R1");
        TransactionFilter bySku = new TransactionFilter(null, null, null, null, null, null, "sku-b", false);
        assertThat(transactions
                        .handle(new ListTransactionsQuery(bySku, null, true, 0, 10))
                        .total())
                .isEqualTo(2);
        TransactionFilter byAsin = new TransactionFilter(null, null, "DEFERRED", null, null, null, "b0sku-a", false);
        assertThat(transactions
                        .handle(new ListTransactionsQuery(byAsin, null, true, 0, 10))
                        .items())
                .extracting(t -> t.amazonTransactionId())
                .containsExactly("S4");
    }

    @Test
    void perPayoutReconciliationFlagsTheGroupWhoseTransferDiffersAndNothingElse() {
        aMonthOfTrading();
        PayoutReconciliationPage payouts = reconciliation.handle(new PayoutReconciliationQuery(ACCOUNT, false, 0, 50));
        assertThat(payouts.mismatches()).isEqualTo(1);
        assertThat(payouts.items())
                .extracting(p -> p.financialEventGroupId() + " " + p.marketplaceId() + " " + p.status())
                .containsExactly(
                        "G1 A1PA6795UKMFR9 MISMATCH", "G2 A1F83G8C2ARO7P OPEN", "G1 A1F83G8C2ARO7P RECONCILED");
        var de = payouts.items().get(0);
        assertThat(de.transactionsTotal().amount()).isEqualByComparingTo("42.40");
        assertThat(de.transferred().amount()).isEqualByComparingTo("42.00");
        assertThat(de.difference().amount()).isEqualByComparingTo("0.40");
        assertThat(payouts.items().get(2).transactions()).isEqualTo(4);
    }

    @Test
    void perOrderReconciliationPutsARefundWithoutItsSaleFirst() {
        aMonthOfTrading();
        record(
                transaction(
                        "R9",
                        "Refund",
                        "RELEASED",
                        "O-9",
                        UK,
                        "G2",
                        "SKU-C",
                        1,
                        new BigDecimal("-10.00"),
                        List.of(of("Sales", "-10.00", leaf("Principal", "-10.00")))),
                0);
        OrderReconciliationPage withUnknown =
                reconciliation.handle(new OrderReconciliationQuery(ACCOUNT, null, false, 0, 50));
        assertThat(withUnknown.mismatches())
                .as("every shipment has uncategorised money")
                .isEqualTo(6);
        assertThat(withUnknown.items().get(1).flags()).anyMatch(f -> f.startsWith(ReconciliationQueries.UNCATEGORISED));
        replay(new FinanceProjection(jdbc, FeeRules.defaults().with(Map.of("LowInventoryLevelFee", "FBA_FEES"))));
        OrderReconciliationPage orders =
                reconciliation.handle(new OrderReconciliationQuery(ACCOUNT, null, false, 0, 50));
        assertThat(orders.total()).isEqualTo(6);
        assertThat(orders.mismatches()).isEqualTo(1);
        assertThat(orders.items().get(0).orderId()).isEqualTo("O-9");
        assertThat(reconciliation
                        .handle(new OrderReconciliationQuery(ACCOUNT, null, true, 0, 50))
                        .items())
                .extracting(o -> o.orderId())
                .containsExactly("O-9");
        assertThat(orders.items())
                .filteredOn(o -> o.orderId().equals("O-9"))
                .singleElement()
                .satisfies(o -> {
                    assertThat(o.mismatch()).isTrue();
                    assertThat(o.flags()).contains(ReconciliationQueries.REFUND_WITHOUT_SALE);
                });
        assertThat(orders.items())
                .filteredOn(o -> o.orderId().equals("O-2"))
                .singleElement()
                .satisfies(o -> {
                    assertThat(o.sales().amount()).isEqualByComparingTo("40.00");
                    assertThat(o.refunds().amount()).isEqualByComparingTo("-40.00");
                    assertThat(o.fees().amount()).isEqualByComparingTo("-0.10");
                    assertThat(o.net().amount()).isEqualByComparingTo("-0.10");
                    assertThat(o.feeCategories())
                            .as("the refunded commission cancels the commission")
                            .extracting(CategoryAmount::category)
                            .containsExactly(FeeCategory.FBA_FEES);
                    assertThat(o.mismatch()).isFalse();
                });
    }

    @Test
    void perSkuFiguresWithAMarginWhereTheInventoryCostIsKnown() {
        aMonthOfTrading();
        InventoryItemId item = new InventoryItemId("item-a");
        tx.executeWithoutResult(s -> {
            projection.on(new InventoryItemCreatedEvent(
                    item,
                    "LOCAL-A",
                    "B0SKU-A",
                    "Thing",
                    ItemCondition.NEW_NEW,
                    Money.of("30.00", "GBP"),
                    10,
                    Money.of("12.50", "GBP"),
                    InventoryStatus.LISTED,
                    null,
                    "test"));
            projection.on(new ItemQueuedEvent(
                    QueueItemId.of(item, ACCOUNT, UK),
                    ACCOUNT,
                    UK,
                    new ItemSnapshot(
                            item,
                            "LOCAL-A",
                            "Thing",
                            "B0SKU-A",
                            ItemCondition.NEW_NEW,
                            Money.of("30.00", "GBP"),
                            10,
                            InventoryStatus.BACKLOG),
                    false,
                    new SkuResolution("SKU-A", false, "TOY", null, null),
                    new GuardRails(null, null, new BigDecimal("50")),
                    false,
                    DAY));
        });
        SkuSummaryPage page = reconciliation.handle(new SkuSummaryQuery(ACCOUNT, null, null, null, 0, 50));
        var gbp = page.items().stream()
                .filter(s -> s.sku().equals("SKU-A") && s.currency().equals("GBP"))
                .findFirst()
                .orElseThrow();
        assertThat(gbp.unitsSold()).isEqualTo(6);
        assertThat(gbp.sales().amount()).isEqualByComparingTo("130.00");
        assertThat(gbp.unitCost().amount()).isEqualByComparingTo("12.50");
        assertThat(gbp.cost().amount()).isEqualByComparingTo("75.00");
        assertThat(gbp.margin().amount())
                .isEqualByComparingTo(gbp.net().amount().subtract(new BigDecimal("75.00")));
        var eur = page.items().stream()
                .filter(s -> s.sku().equals("SKU-A") && s.currency().equals("EUR"))
                .findFirst()
                .orElseThrow();
        assertThat(eur.margin()).as("the cost is in GBP, the sales in EUR").isNull();
        var refunded = page.items().stream()
                .filter(s -> s.sku().equals("SKU-B"))
                .findFirst()
                .orElseThrow();
        assertThat(refunded.unitsRefunded()).isEqualTo(2);
        assertThat(refunded.margin()).isNull();
    }

    @Test
    void aRedeliveredOrOlderEventChangesNothingAndAReleaseUpdatesTheRow() {
        AmazonTransaction deferred = shipment("S7", "O-7", UK, "DEFERRED", null, "10.00", "SKU-A");
        record(deferred, 0);
        AmazonTransaction released = shipment("S7", "O-7", UK, "DEFERRED_RELEASED", "G3", "10.00", "SKU-A");
        change(released, 1);
        tx.executeWithoutResult(s -> projection.on(
                new TransactionRecordedEvent(FinancialTransactionId.of(ACCOUNT, "S7"), ACCOUNT, deferred, DAY), 0L));
        tx.executeWithoutResult(s -> projection.on(
                new TransactionChangedEvent(
                        FinancialTransactionId.of(ACCOUNT, "S7"), ACCOUNT, List.of(), released, DAY),
                1L));
        var row = transactions
                .handle(new ListTransactionsQuery(TransactionFilter.all(), null, true, 0, 10))
                .items()
                .get(0);
        assertThat(row.status()).isEqualTo("DEFERRED_RELEASED");
        assertThat(row.financialEventGroupId()).isEqualTo("G3");
        assertThat(row.changes()).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from finance_category_amount", Integer.class))
                .isEqualTo(4);

        TransactionDetailView detail = transactions
                .handle(new FindTransactionQuery(FinancialTransactionId.of(ACCOUNT, "S7")))
                .orElseThrow();
        assertThat(detail.transaction().status()).isEqualTo("DEFERRED_RELEASED");
        assertThat(detail.transaction().breakdowns())
                .extracting(BreakdownNode::type)
                .containsExactly("Sales", "Expenses");
        assertThat(detail.history())
                .extracting(h -> h.event())
                .containsExactly("TransactionRecordedEvent", "TransactionChangedEvent");
        assertThat(detail.history().get(1).changes())
                .containsExactly(new TransactionChange("status", "DEFERRED", "DEFERRED_RELEASED"));
    }

    @Test
    void aBatchWithARecordAndAChangeOfOneTransactionWritesTheLaterVersionAndCountsTheChange() {
        FeeRules rules = FeeRules.defaults();
        AmazonTransaction deferred = shipment("S8", "O-8", UK, "DEFERRED", null, "10.00", "SKU-A");
        AmazonTransaction released = shipment("S8", "O-8", UK, "DEFERRED_RELEASED", "G4", "10.00", "SKU-A");
        FinanceRows batch = new FinanceRows();
        batch.add(new FinanceRows.Row(
                "acc-fin@S8", ACCOUNT.value(), released, rules.figures(released), List.of(), 1, 1, DAY));
        batch.add(new FinanceRows.Row(
                "acc-fin@S8", ACCOUNT.value(), deferred, rules.figures(deferred), List.of(), 0, 0, DAY));
        FinanceRows other = new FinanceRows();
        other.add(new FinanceRows.Row(
                "acc-fin@S9", ACCOUNT.value(), deferred, rules.figures(deferred), List.of(), 0, 0, DAY));
        tx.executeWithoutResult(s -> {
            batch.flush(jdbc);
            other.flush(jdbc);
        });
        assertThat(jdbc.queryForMap("select status, group_id, changes, version from finance_transaction"
                        + " where transaction_id = 'acc-fin@S8'"))
                .containsEntry("status", "DEFERRED_RELEASED")
                .containsEntry("group_id", "G4")
                .containsEntry("changes", 1)
                .containsEntry("version", 1L);
        assertThat(jdbc.queryForObject(
                        "select count(*) from finance_category_amount where transaction_id = 'acc-fin@S8'",
                        Integer.class))
                .isEqualTo(2);
    }

    @Test
    void aChangedFeeRuleRecomputesEveryFigureOnReplayAndTheSameRuleGivesTheSameFigures() {
        aMonthOfTrading();
        List<CurrencyTotalsView> before = transactions.handle(new TransactionSummaryQuery(TransactionFilter.all()));
        replay(projection);
        assertThat(transactions.handle(new TransactionSummaryQuery(TransactionFilter.all())))
                .isEqualTo(before);
        assertThat(reconciliation
                        .handle(new PayoutReconciliationQuery(null, false, 0, 50))
                        .mismatches())
                .isEqualTo(1);

        FinanceProjection taught =
                new FinanceProjection(jdbc, FeeRules.defaults().with(Map.of("LowInventoryLevelFee", "FBA_FEES")));
        replay(taught);

        CurrencyTotalsView gbp = transactions
                .handle(new TransactionSummaryQuery(TransactionFilter.all()))
                .get(1);
        assertThat(gbp.uncategorised().amount()).isEqualByComparingTo("0");
        assertThat(gbp.fees().amount()).isEqualByComparingTo("-44.90");
        assertThat(gbp.categories()).contains(new CategoryAmount(FeeCategory.FBA_FEES, Money.of("-0.40", "GBP")));
        assertThat(transactions
                        .handle(new ListTransactionsQuery(TransactionFilter.all(), null, true, 0, 50))
                        .items())
                .allSatisfy(t -> assertThat(t.unknownTypes()).isEmpty());
        var o1 = reconciliation
                .handle(new OrderReconciliationQuery(ACCOUNT, "O-1", false, 0, 5))
                .items()
                .get(0);
        assertThat(o1.feeCategories())
                .extracting(CategoryAmount::category)
                .containsExactly(FeeCategory.COMMISSION, FeeCategory.FBA_FEES);
        assertThat(o1.mismatch()).isFalse();
        replay(projection);
        assertThat(transactions.handle(new TransactionSummaryQuery(TransactionFilter.all())))
                .isEqualTo(before);
    }
}
