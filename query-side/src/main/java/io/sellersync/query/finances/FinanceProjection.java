// SPDX-License-Identifier: Apache-2.0
package io.sellersync.query.finances;

import io.sellersync.messages.finances.AmazonTransaction;
import io.sellersync.messages.finances.FeeRules;
import io.sellersync.messages.finances.FinancialTransactionId;
import io.sellersync.messages.finances.TransactionChangedEvent;
import io.sellersync.messages.finances.TransactionFigures;
import io.sellersync.messages.finances.TransactionItem;
import io.sellersync.messages.finances.TransactionRecordedEvent;
import io.sellersync.messages.inventory.InventoryItemCreatedEvent;
import io.sellersync.messages.inventory.InventoryItemDetailsChangedEvent;
import io.sellersync.messages.queue.ItemQueuedEvent;
import io.sellersync.messages.shared.Money;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The money read model: one row per transaction with its figures under the fee registry, its money per category and
 * its items, written whole from each recorded or changed transaction (a redelivered or older event is ignored by its
 * sequence number). Nothing is kept as a running total, so every reconciliation figure is a sum over these rows and a
 * replay — after a change of the registry, say — recomputes all of them from the event store. The rows of one batch of
 * events are written together when the batch commits ({@link FinanceRows}). It also keeps which
 * inventory items stand behind a seller SKU (from the queue) and their cost (from the inventory), for margins.
 */
@Component
@ProcessingGroup(FinanceProjection.GROUP)
public class FinanceProjection {

    public static final String GROUP = "finances";

    static final DateTimeFormatter MONTH =
            DateTimeFormatter.ofPattern("yyyy-MM").withZone(ZoneOffset.UTC);

    private static final String BATCH = FinanceProjection.class.getName() + ".rows";

    private final JdbcTemplate jdbc;
    private final FeeRules rules;

    FinanceProjection(JdbcTemplate jdbc, FeeRules rules) {
        this.jdbc = jdbc;
        this.rules = rules;
    }

    @EventHandler
    void on(TransactionRecordedEvent event, @SequenceNumber Long sequence) {
        write(
                event.transactionId(),
                event.accountId().value(),
                event.transaction(),
                sequence,
                event.recordedAt(),
                false);
    }

    @EventHandler
    void on(TransactionChangedEvent event, @SequenceNumber Long sequence) {
        write(event.transactionId(), event.accountId().value(), event.transaction(), sequence, event.changedAt(), true);
    }

    @EventHandler
    void on(ItemQueuedEvent event) {
        jdbc.update(
                "insert into finance_sku_item (account_id, seller_sku, item_id) values (?, ?, ?) on conflict do nothing",
                event.accountId().value(),
                event.resolution().sellerSku(),
                event.item().itemId().value());
    }

    @EventHandler
    void on(InventoryItemCreatedEvent event) {
        cost(event.itemId().value(), event.cost());
    }

    @EventHandler
    void on(InventoryItemDetailsChangedEvent event) {
        if (event.changes(InventoryItemDetailsChangedEvent.COST)) {
            cost(event.itemId().value(), event.cost());
        }
    }

    @ResetHandler
    void reset() {
        jdbc.execute("truncate finance_transaction, finance_category_amount, finance_transaction_item,"
                + " finance_sku_item, finance_item_cost");
    }

    private void cost(String itemId, Money cost) {
        jdbc.update(
                "insert into finance_item_cost (item_id, cost, currency) values (?, ?, ?) on conflict (item_id) do"
                        + " update set cost = excluded.cost, currency = excluded.currency",
                itemId,
                cost == null ? null : cost.amount(),
                cost == null ? null : cost.currency().getCurrencyCode());
    }

    private void write(
            FinancialTransactionId id,
            String accountId,
            AmazonTransaction t,
            Long sequence,
            Instant at,
            boolean change) {
        List<FinanceRows.Item> items = new ArrayList<>();
        TransactionFigures figures = rules.figures(t);
        if (t.items().isEmpty()) {
            if (t.sku() != null) {
                items.add(new FinanceRows.Item(1, t.sku(), t.asin(), t.quantity(), figures));
            }
        } else {
            for (int i = 0; i < t.items().size(); i++) {
                TransactionItem item = t.items().get(i);
                items.add(new FinanceRows.Item(
                        i + 1, item.sku(), item.asin(), item.quantity(), rules.figures(item, t.type())));
            }
        }
        FinanceRows.Row row = new FinanceRows.Row(
                id.value(), accountId, t, figures, items, sequence == null ? 0 : sequence, change ? 1 : 0, at);
        if (!CurrentUnitOfWork.isStarted()) {
            FinanceRows single = new FinanceRows();
            single.add(row);
            single.flush(jdbc);
            return;
        }
        UnitOfWork<?> root = CurrentUnitOfWork.get().root();
        FinanceRows batch = root.getOrComputeResource(BATCH, key -> {
            FinanceRows rows = new FinanceRows();
            root.onPrepareCommit(u -> rows.flush(jdbc));
            return rows;
        });
        batch.add(row);
    }
}
