// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.sellersync.messages.accounts.AccountId;
import io.sellersync.messages.accounts.GuardRails;
import io.sellersync.messages.inventory.InventoryItemId;
import io.sellersync.messages.inventory.ItemCondition;
import io.sellersync.messages.queue.ConflictKind;
import io.sellersync.messages.queue.QueueEntryView;
import io.sellersync.messages.queue.QueueItemId;
import io.sellersync.messages.shared.MarketplaceId;
import io.sellersync.messages.shared.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FeedPlannerTest {

    private static final AccountId ACCOUNT = new AccountId("acc-1");
    private static final MarketplaceId UK = new MarketplaceId("A1F83G8C2ARO7P");

    @Test
    void existingOfferGetsPatchWithLiveQuantityPlusQueuedUnits() {
        FeedPlan plan = FeedPlanner.plan(
                List.of(entry("a", "SKU-1", "12.50", 2, false, false)),
                Map.of("SKU-1", live("SKU-1", "12.50", 5)),
                Set.of(),
                null);

        FeedMessage message = plan.messages().get(0);
        assertThat(message.operation()).isEqualTo(FeedOperation.PATCH);
        assertThat(message.quantity()).isEqualTo(7);
        assertThat(message.liveQuantity()).isEqualTo(5);
        assertThat(message.unitsAdded()).isEqualTo(2);
        assertThat(message.price()).isEqualTo(Money.of("12.50", "GBP"));
        assertThat(plan.needsConfirmation()).isFalse();
    }

    @Test
    void skuAmazonDoesNotHaveBecomesAnOfferOnlyUpdateWithTheQueuedUnits() {
        FeedPlan plan =
                FeedPlanner.plan(List.of(entry("a", "NEW-1", "9.99", 3, true, false)), Map.of(), Set.of(), null);

        FeedMessage message = plan.messages().get(0);
        assertThat(message.operation()).isEqualTo(FeedOperation.UPDATE);
        assertThat(message.newSku()).isTrue();
        assertThat(message.quantity()).isEqualTo(3);
        assertThat(message.liveQuantity()).isNull();
    }

    @Test
    void repriceSendsThePriceOnlySoLiveStockIsNeverOverwritten() {
        FeedPlan plan = FeedPlanner.plan(
                List.of(entry("a", "SKU-1", "14.00", 1, false, true)),
                Map.of("SKU-1", live("SKU-1", "13.50", 4)),
                Set.of(),
                null);

        assertThat(plan.messages().get(0).quantity()).isNull();
        assertThat(plan.messages().get(0).unitsAdded()).isZero();
    }

    @Test
    void entriesForOneSkuShareOneMessageAndAddTheirUnits() {
        FeedPlan plan = FeedPlanner.plan(
                List.of(entry("a", "SKU-1", "10.00", 1, false, false), entry("b", "SKU-1", "10.00", 1, false, false)),
                Map.of("SKU-1", live("SKU-1", "10.00", 0)),
                Set.of(),
                null);

        assertThat(plan.messages()).hasSize(1);
        assertThat(plan.messages().get(0).quantity()).isEqualTo(2);
        assertThat(plan.messages().get(0).entries()).hasSize(2);
    }

    @Test
    void conflictsEntriesInAFeedAndBusySkusAreLeftOutWithTheReason() {
        QueueEntryView conflicted = withConflict(entry("a", "SKU-1", "10.00", 1, false, false));
        QueueEntryView inFeed = inFeed(entry("b", "SKU-2", "10.00", 1, false, false));
        QueueEntryView busy = entry("c", "SKU-3", "10.00", 1, false, false);

        FeedPlan plan = FeedPlanner.plan(List.of(conflicted, inFeed, busy), Map.of(), Set.of("SKU-3"), null);

        assertThat(plan.messages()).isEmpty();
        assertThat(plan.skipped())
                .extracting(FeedPlan.Skipped::reason)
                .containsExactly(
                        "Resolve the price conflict first",
                        "Already in feed feed-000",
                        "Another feed is still applying this SKU; it goes in the next feed");
    }

    @Test
    void aPriceBeyondTheGuardRailAgainstTheFreshLivePriceNeedsConfirmation() {
        FeedPlan plan = FeedPlanner.plan(
                List.of(entry("a", "SKU-1", "30.00", 1, false, false)),
                Map.of("SKU-1", live("SKU-1", "10.00", 1)),
                Set.of(),
                new GuardRails(null, null, new BigDecimal("50")));

        assertThat(plan.needsConfirmation()).isTrue();
        assertThat(plan.warnings().get(0).message()).contains("200.0% away from Amazon's");
    }

    @Test
    void aPriceUnderTheFloorIsLeftOut() {
        FeedPlan plan = FeedPlanner.plan(
                List.of(entry("a", "SKU-1", "3.00", 1, true, false)),
                Map.of(),
                Set.of(),
                new GuardRails(new BigDecimal("5.00"), null, null));

        assertThat(plan.messages()).isEmpty();
        assertThat(plan.skipped()).hasSize(1);
    }

    @Test
    void aFeedHoldsAtMost25000SkusAndTheRestWaitsForTheNext() {
        List<QueueEntryView> entries = new ArrayList<>();
        for (int i = 0; i < FeedPlanner.MAX_MESSAGES + 7; i++) {
            entries.add(entry("i" + i, "SKU-%06d".formatted(i), "5.00", 1, true, false));
        }

        FeedPlan plan = FeedPlanner.plan(entries, Map.of(), Set.of(), null);

        assertThat(plan.messages()).hasSize(FeedPlanner.MAX_MESSAGES);
        assertThat(plan.deferredSkus()).isEqualTo(7);
        assertThat(plan.messages().get(FeedPlanner.MAX_MESSAGES - 1).messageId())
                .isEqualTo(FeedPlanner.MAX_MESSAGES);
    }

    @Test
    void anEntryTheLastFeedDidNotApplyNeedsConfirmationWithWhatAmazonShowsNow() {
        String reason =
                "Amazon accepted SKU SKU-1 in feed feed1234 but never showed the offer within the read-back time";
        FeedPlan plan = FeedPlanner.plan(
                List.of(
                        failedBefore(entry("a", "SKU-1", "12.50", 2, false, false), reason),
                        entry("b", "SKU-2", "12.50", 1, false, false)),
                Map.of("SKU-1", live("SKU-1", "12.50", 7), "SKU-2", live("SKU-2", "12.50", 1)),
                Set.of(),
                null);

        assertThat(plan.messages()).hasSize(2); // sent once confirmed, not left out
        assertThat(plan.needsConfirmation()).isTrue();
        assertThat(plan.warnings())
                .containsExactly(new FeedPlan.Warning(
                        "SKU-1",
                        "The last feed did not apply this entry (" + reason + "); Amazon now shows quantity 7."
                                + " Check it before sending the units again"));
    }

    @Test
    void anOfferFulfilledByAmazonGetsNoUnitsButARepriceSendsThePriceOnly() {
        ObservedOffer fba1 = new ObservedOffer("SKU-1", true, Money.of("10.00", "GBP"), 40, false);
        ObservedOffer fba2 = new ObservedOffer("SKU-2", true, Money.of("10.00", "GBP"), 40, false);
        FeedPlan plan = FeedPlanner.plan(
                List.of(
                        entry("a", "SKU-1", "10.00", 2, false, false),
                        entry("b", "SKU-1", "10.00", 1, false, true),
                        entry("c", "SKU-2", "11.00", 1, false, true)),
                Map.of("SKU-1", fba1, "SKU-2", fba2),
                Set.of(),
                null);

        assertThat(plan.skipped())
                .extracting(FeedPlan.Skipped::sku, FeedPlan.Skipped::reason)
                .containsOnly(tuple(
                        "SKU-1", "Fulfilled by Amazon: its quantity is Amazon's stock; sellersync does not change it"));
        assertThat(plan.skipped()).hasSize(2);
        assertThat(plan.messages()).hasSize(1);
        FeedMessage reprice = plan.messages().get(0);
        assertThat(reprice.sku()).isEqualTo("SKU-2");
        assertThat(reprice.operation()).isEqualTo(FeedOperation.PATCH);
        assertThat(reprice.quantity()).isNull();
        assertThat(reprice.price()).isEqualTo(Money.of("11.00", "GBP"));
    }

    static QueueEntryView entry(String item, String sku, String price, int quantity, boolean newSku, boolean reprice) {
        InventoryItemId itemId = new InventoryItemId(item);
        return new QueueEntryView(
                QueueItemId.of(itemId, ACCOUNT, UK),
                itemId,
                ACCOUNT,
                UK,
                "LOC-" + item,
                "Title " + item,
                "B00000000" + (item.length() > 1 ? "X" : item.toUpperCase()),
                ItemCondition.NEW_NEW,
                sku,
                newSku,
                "TOY_FIGURE",
                Money.of(price, "GBP"),
                quantity,
                null,
                null,
                null,
                null,
                false,
                reprice,
                Instant.EPOCH,
                null,
                null,
                null);
    }

    private static QueueEntryView withConflict(QueueEntryView e) {
        return new QueueEntryView(
                e.queueItemId(),
                e.itemId(),
                e.accountId(),
                e.marketplaceId(),
                e.localSku(),
                e.title(),
                e.asin(),
                e.condition(),
                e.sellerSku(),
                e.newSku(),
                e.productType(),
                e.price(),
                e.quantity(),
                e.livePrice(),
                e.liveQuantity(),
                ConflictKind.AMAZON,
                Money.of("1.00", "GBP"),
                false,
                e.reprice(),
                e.queuedAt(),
                null,
                null,
                null);
    }

    private static QueueEntryView inFeed(QueueEntryView e) {
        return new QueueEntryView(
                e.queueItemId(),
                e.itemId(),
                e.accountId(),
                e.marketplaceId(),
                e.localSku(),
                e.title(),
                e.asin(),
                e.condition(),
                e.sellerSku(),
                e.newSku(),
                e.productType(),
                e.price(),
                e.quantity(),
                e.livePrice(),
                e.liveQuantity(),
                null,
                null,
                false,
                e.reprice(),
                e.queuedAt(),
                new FeedId("feed-0001"),
                null,
                null);
    }

    private static QueueEntryView failedBefore(QueueEntryView e, String lastFailure) {
        return new QueueEntryView(
                e.queueItemId(),
                e.itemId(),
                e.accountId(),
                e.marketplaceId(),
                e.localSku(),
                e.title(),
                e.asin(),
                e.condition(),
                e.sellerSku(),
                e.newSku(),
                e.productType(),
                e.price(),
                e.quantity(),
                e.livePrice(),
                e.liveQuantity(),
                null,
                null,
                false,
                e.reprice(),
                e.queuedAt(),
                null,
                lastFailure,
                null);
    }

    private static ObservedOffer live(String sku, String price, int quantity) {
        return new ObservedOffer(sku, true, Money.of(price, "GBP"), quantity);
    }
}
