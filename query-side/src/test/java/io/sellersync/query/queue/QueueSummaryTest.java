// SPDX-License-Identifier: Apache-2.0
package io.sellersync.query.queue;

import static org.assertj.core.api.Assertions.assertThat;

import io.sellersync.messages.accounts.AccountId;
import io.sellersync.messages.inventory.InventoryItemId;
import io.sellersync.messages.inventory.ItemCondition;
import io.sellersync.messages.queue.ConflictKind;
import io.sellersync.messages.queue.QueueEntryView;
import io.sellersync.messages.queue.QueueItemId;
import io.sellersync.messages.queue.QueueSummaryView;
import io.sellersync.messages.shared.MarketplaceId;
import io.sellersync.messages.shared.Money;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class QueueSummaryTest {

    private static final AccountId ACCOUNT = new AccountId("acc-1");

    private static QueueEntryView entry(String marketplace, String sku, Money price, int quantity, ConflictKind kind) {
        InventoryItemId item = InventoryItemId.random();
        MarketplaceId id = new MarketplaceId(marketplace);
        return new QueueEntryView(
                QueueItemId.of(item, ACCOUNT, id),
                item,
                ACCOUNT,
                id,
                "LOC",
                "title",
                "B00EXAMPLE",
                ItemCondition.NEW_NEW,
                sku,
                false,
                "BOOK",
                price,
                quantity,
                null,
                null,
                kind,
                kind == null ? null : Money.of("1.00", price.currency().getCurrencyCode()),
                false,
                false,
                Instant.EPOCH,
                null,
                null,
                null);
    }

    @Test
    void countsEntriesDistinctSkusUnitsAndValuePerCurrency() {
        QueueSummaryView summary = QueueProjection.summary(List.of(
                entry("A1F83G8C2ARO7P", "SKU-1", Money.of("12.50", "GBP"), 2, null),
                entry("A1F83G8C2ARO7P", "SKU-1", Money.of("12.00", "GBP"), 1, ConflictKind.QUEUE),
                entry("A1PA6795UKMFR9", "SKU-1", Money.of("10.00", "EUR"), 3, null)));

        assertThat(summary.entries()).isEqualTo(3);
        assertThat(summary.skus()).isEqualTo(2);
        assertThat(summary.units()).isEqualTo(6);
        assertThat(summary.conflicts()).isEqualTo(1);
        assertThat(summary.value()).containsExactly(Money.of("30.00", "EUR"), Money.of("37.00", "GBP"));
    }

    @Test
    void anEmptyQueueIsAllZeroes() {
        QueueSummaryView summary = QueueProjection.summary(List.of());

        assertThat(summary.entries()).isZero();
        assertThat(summary.value()).isEmpty();
    }
}
