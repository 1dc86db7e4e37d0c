// SPDX-License-Identifier: Apache-2.0
package io.sellersync.command.finances;

import static io.sellersync.messages.finances.BreakdownNode.leaf;
import static io.sellersync.messages.finances.BreakdownNode.of;
import static org.assertj.core.api.Assertions.assertThat;

import io.sellersync.messages.accounts.AccountId;
import io.sellersync.messages.finances.AmazonTransaction;
import io.sellersync.messages.finances.BreakdownNode;
import io.sellersync.messages.finances.FeeRules;
import io.sellersync.messages.finances.FinancialTransactionId;
import io.sellersync.messages.finances.RecordTransactionCommand;
import io.sellersync.messages.finances.RelatedIdentifier;
import io.sellersync.messages.finances.TransactionChange;
import io.sellersync.messages.finances.TransactionChangedEvent;
import io.sellersync.messages.finances.TransactionItem;
import io.sellersync.messages.finances.TransactionRecordedEvent;
import io.sellersync.messages.finances.UncategorisedBreakdownFoundEvent;
import io.sellersync.messages.shared.BusinessException;
import io.sellersync.messages.shared.MarketplaceId;
import io.sellersync.messages.shared.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FinancialTransactionTest {

    private static final AccountId ACCOUNT = new AccountId("acc-1");
    private static final String AMAZON_ID = "2051234567-00000042";
    private static final FinancialTransactionId ID = FinancialTransactionId.of(ACCOUNT, AMAZON_ID);
    private static final Instant POSTED = Instant.parse("2026-03-02T10:00:00Z");
    private static final Instant SEEN = Instant.parse("2026-03-02T12:00:00Z");
    private static final Instant LATER = Instant.parse("2026-03-10T12:00:00Z");

    private AggregateTestFixture<FinancialTransaction> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(FinancialTransaction.class);
        fixture.registerInjectableResource(FeeRules.defaults());
    }

    private static AmazonTransaction shipment(String status, String commission, String group) {
        BigDecimal fees = new BigDecimal(commission).add(new BigDecimal("-0.43"));
        BigDecimal total = new BigDecimal("144.16").add(fees);
        List<BreakdownNode> tree = List.of(
                of(
                        "Sales",
                        "144.16",
                        of("ProductCharges", "144.16", leaf("Principal", "120.13"), leaf("Tax", "24.03"))),
                new BreakdownNode(
                        "Expenses",
                        fees,
                        List.of(new BreakdownNode(
                                "AmazonFees",
                                fees,
                                List.of(leaf("Commission", commission), leaf("DigitalServicesFee", "-0.43"))))));
        List<RelatedIdentifier> ids = group == null
                ? List.of(new RelatedIdentifier("ORDER_ID", "205-1234567-1234567"))
                : List.of(
                        new RelatedIdentifier("ORDER_ID", "205-1234567-1234567"),
                        new RelatedIdentifier("FINANCIAL_EVENT_GROUP_ID", group));
        return new AmazonTransaction(
                AMAZON_ID,
                "Shipment",
                status,
                "Order Payment",
                POSTED,
                new MarketplaceId("A1F83G8C2ARO7P"),
                "205-1234567-1234567",
                group,
                "SKU-1",
                "B0TEST0001",
                1,
                "MFN",
                new Money(total, java.util.Currency.getInstance("GBP")),
                tree,
                List.of(new TransactionItem("Product", "SKU-1", "B0TEST0001", 1, "MFN", total, tree)),
                ids,
                status.equals("DEFERRED") ? "DD7" : null,
                status.equals("DEFERRED") ? POSTED.plusSeconds(7 * 86400) : null);
    }

    private static RecordTransactionCommand record(AmazonTransaction t, Instant at) {
        return new RecordTransactionCommand(ID, ACCOUNT, t, at);
    }

    @Test
    void aNewTransactionIsRecordedWithItsWholeBreakdownTree() {
        AmazonTransaction deferred = shipment("DEFERRED", "-21.62", null);
        fixture.givenNoPriorActivity()
                .when(record(deferred, SEEN))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new TransactionRecordedEvent(ID, ACCOUNT, deferred, SEEN));
    }

    @Test
    void readingTheSameTransactionAgainChangesNothing() {
        AmazonTransaction deferred = shipment("DEFERRED", "-21.62", null);
        fixture.given(new TransactionRecordedEvent(ID, ACCOUNT, deferred, SEEN))
                .when(record(deferred, LATER))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void anAmountWithAnotherScaleIsTheSameMoneyAndNoChange() {
        AmazonTransaction deferred = shipment("DEFERRED", "-21.62", null);
        AmazonTransaction rescaled = shipment("DEFERRED", "-21.620", null);
        fixture.given(new TransactionRecordedEvent(ID, ACCOUNT, deferred, SEEN))
                .when(record(rescaled, LATER))
                .expectNoEvents();
    }

    @Test
    void aReleaseInPlaceIsAChangeCarryingTheDifference() {
        AmazonTransaction deferred = shipment("DEFERRED", "-21.62", null);
        AmazonTransaction released = shipment("DEFERRED_RELEASED", "-21.62", "ZKEI1453");
        fixture.given(new TransactionRecordedEvent(ID, ACCOUNT, deferred, SEEN))
                .when(record(released, LATER))
                .expectEvents(new TransactionChangedEvent(
                        ID,
                        ACCOUNT,
                        List.of(
                                new TransactionChange("status", "DEFERRED", "DEFERRED_RELEASED"),
                                new TransactionChange("deferralReason", "DD7", null),
                                new TransactionChange("maturityDate", "2026-03-09T10:00:00Z", null),
                                new TransactionChange("financialEventGroupId", null, "ZKEI1453"),
                                new TransactionChange("relatedIdentifiers/FINANCIAL_EVENT_GROUP_ID", null, "ZKEI1453")),
                        released,
                        LATER));
    }

    @Test
    void aCorrectedFeeIsAChangeOfEveryNodeOnItsPath() {
        AmazonTransaction before = shipment("DEFERRED", "-21.62", null);
        AmazonTransaction after = shipment("DEFERRED", "-21.80", null);
        List<TransactionChange> diff = TransactionDiff.between(before, after);
        fixture.given(new TransactionRecordedEvent(ID, ACCOUNT, before, SEEN))
                .when(record(after, LATER))
                .expectEvents(new TransactionChangedEvent(ID, ACCOUNT, diff, after, LATER));
        assertThat(diff)
                .contains(
                        new TransactionChange("totalAmount", "122.11", "121.93"),
                        new TransactionChange("breakdowns/Expenses/AmazonFees/Commission", "-21.62", "-21.80"),
                        new TransactionChange("items[0]/breakdowns/Expenses/AmazonFees/Commission", "-21.62", "-21.80"))
                .doesNotContain(new TransactionChange("status", "DEFERRED", "DEFERRED"));
    }

    @Test
    void anUnknownBreakdownTypeIsReportedOnceForActivity() {
        AmazonTransaction base = shipment("DEFERRED", "-21.62", null);
        List<BreakdownNode> tree = List.of(
                base.breakdowns().get(0),
                of(
                        "Expenses",
                        "-22.30",
                        of("AmazonFees", "-22.30", leaf("Commission", "-21.62"), leaf("MysteryFee", "-0.68"))));
        AmazonTransaction odd = new AmazonTransaction(
                base.transactionId(),
                base.type(),
                base.status(),
                base.description(),
                base.postedDate(),
                base.marketplaceId(),
                base.orderId(),
                base.financialEventGroupId(),
                base.sku(),
                base.asin(),
                base.quantity(),
                base.fulfillmentNetwork(),
                Money.of("121.86", "GBP"),
                tree,
                List.of(),
                base.relatedIdentifiers(),
                base.deferralReason(),
                base.maturityDate());
        UncategorisedBreakdownFoundEvent found = new UncategorisedBreakdownFoundEvent(
                ID, ACCOUNT, AMAZON_ID, List.of("MysteryFee"), Money.of("-0.68", "GBP"), SEEN);
        fixture.givenNoPriorActivity()
                .when(record(odd, SEEN))
                .expectEvents(new TransactionRecordedEvent(ID, ACCOUNT, odd, SEEN), found);
        AmazonTransaction released = new AmazonTransaction(
                odd.transactionId(),
                odd.type(),
                "DEFERRED_RELEASED",
                odd.description(),
                odd.postedDate(),
                odd.marketplaceId(),
                odd.orderId(),
                odd.financialEventGroupId(),
                odd.sku(),
                odd.asin(),
                odd.quantity(),
                odd.fulfillmentNetwork(),
                odd.total(),
                odd.breakdowns(),
                odd.items(),
                odd.relatedIdentifiers(),
                null,
                null);
        fixture.given(new TransactionRecordedEvent(ID, ACCOUNT, odd, SEEN), found)
                .when(record(released, LATER))
                .expectEventsMatching(org.axonframework.test.matchers.Matchers.exactSequenceOf(
                        org.axonframework.test.matchers.Matchers.messageWithPayload(
                                org.hamcrest.Matchers.any(TransactionChangedEvent.class))));
    }

    @Test
    void aConfiguredRegistryKnowsTheTypeAndReportsNothing() {
        fixture.registerInjectableResource(FeeRules.defaults().with(Map.of("MysteryFee", "OTHER_FEES")));
        AmazonTransaction t = shipment("DEFERRED", "-21.62", null);
        fixture.givenNoPriorActivity()
                .when(record(t, SEEN))
                .expectEvents(new TransactionRecordedEvent(ID, ACCOUNT, t, SEEN));
    }

    @Test
    void aTransactionOfAnotherIdIsRefusedNamingTheField() {
        AmazonTransaction t = shipment("DEFERRED", "-21.62", null);
        fixture.givenNoPriorActivity()
                .when(new RecordTransactionCommand(FinancialTransactionId.of(ACCOUNT, "OTHER"), ACCOUNT, t, SEEN))
                .expectNoEvents()
                .expectException(BusinessException.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString(AMAZON_ID));
    }

    @Test
    void aTransactionWithoutPostedDateIsRefused() {
        AmazonTransaction t = shipment("DEFERRED", "-21.62", null);
        AmazonTransaction undated = new AmazonTransaction(
                t.transactionId(),
                t.type(),
                t.status(),
                t.description(),
                null,
                t.marketplaceId(),
                t.orderId(),
                t.financialEventGroupId(),
                t.sku(),
                t.asin(),
                t.quantity(),
                t.fulfillmentNetwork(),
                t.total(),
                t.breakdowns(),
                t.items(),
                t.relatedIdentifiers(),
                null,
                null);
        fixture.givenNoPriorActivity()
                .when(record(undated, SEEN))
                .expectNoEvents()
                .expectException(BusinessException.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("posted date"));
    }
}
