// SPDX-License-Identifier: Apache-2.0
package io.sellersync.query.finances;

import io.sellersync.messages.finances.AmazonTransaction;
import io.sellersync.messages.finances.FeeCategory;
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
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The money read model: one row per transaction with its figures under the fee registry, its money per category and
 * its items, written whole from each recorded or changed transaction (a redelivered or older event is ignored by its
 * sequence number). Nothing is kept as a running total, so every reconciliation figure is a sum over these rows and a
 * replay — after a change of the registry, say — recomputes all of them from the event store. It also keeps which
 * inventory items stand behind a seller SKU (from the queue) and their cost (from the inventory), for margins.
 */
@Component
@ProcessingGroup(FinanceProjection.GROUP)
public class FinanceProjection {

    public static final String GROUP = "finances";

    static final DateTimeFormatter MONTH =
            DateTimeFormatter.ofPattern("yyyy-MM").withZone(ZoneOffset.UTC);

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
        long version = sequence == null ? 0 : sequence;
        TransactionFigures figures = rules.figures(t);
        Timestamp when = Timestamp.from(at);
        int written = jdbc.update(
                """
                insert into finance_transaction (transaction_id, account_id, amazon_transaction_id, type, status,
                    description, posted_at, posted_month, marketplace_id, order_id, group_id, sku, asin, quantity,
                    currency, total, sales, refunds, fees, reserve, payouts, uncategorised, net, unknown_types,
                    version, changes, recorded_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (transaction_id) do update set type = excluded.type, status = excluded.status,
                    description = excluded.description, posted_at = excluded.posted_at,
                    posted_month = excluded.posted_month, marketplace_id = excluded.marketplace_id,
                    order_id = excluded.order_id, group_id = excluded.group_id, sku = excluded.sku,
                    asin = excluded.asin, quantity = excluded.quantity, currency = excluded.currency,
                    total = excluded.total, sales = excluded.sales, refunds = excluded.refunds, fees = excluded.fees,
                    reserve = excluded.reserve, payouts = excluded.payouts, uncategorised = excluded.uncategorised,
                    net = excluded.net, unknown_types = excluded.unknown_types, version = excluded.version,
                    changes = finance_transaction.changes + excluded.changes, updated_at = excluded.updated_at
                where finance_transaction.version < excluded.version
                """,
                id.value(),
                accountId,
                t.transactionId(),
                t.type(),
                t.status(),
                t.description(),
                Timestamp.from(t.postedDate()),
                MONTH.format(t.postedDate()),
                t.marketplaceId() == null ? null : t.marketplaceId().value(),
                t.orderId(),
                t.financialEventGroupId(),
                t.sku(),
                t.asin(),
                t.quantity(),
                t.currency(),
                t.total().amount(),
                figures.sales(),
                figures.refunds(),
                figures.fees(),
                figures.reserve(),
                figures.payouts(),
                figures.uncategorised(),
                figures.net(),
                figures.unknownTypes().isEmpty() ? null : String.join("\n", figures.unknownTypes()),
                version,
                change ? 1 : 0,
                when,
                when);
        if (written == 0) {
            return;
        }
        jdbc.update("delete from finance_category_amount where transaction_id = ?", id.value());
        jdbc.update("delete from finance_transaction_item where transaction_id = ?", id.value());
        List<Object[]> categories = new ArrayList<>();
        add(categories, id, 0, figures);
        List<Object[]> items = new ArrayList<>();
        if (t.items().isEmpty()) {
            if (t.sku() != null) {
                add(categories, id, 1, figures);
                items.add(item(id, 1, t.sku(), t.asin(), t.quantity(), figures));
            }
        } else {
            for (int i = 0; i < t.items().size(); i++) {
                TransactionItem item = t.items().get(i);
                TransactionFigures itemFigures = rules.figures(item, t.type());
                add(categories, id, i + 1, itemFigures);
                items.add(item(id, i + 1, item.sku(), item.asin(), item.quantity(), itemFigures));
            }
        }
        jdbc.batchUpdate(
                "insert into finance_category_amount (transaction_id, item_no, category, amount) values (?, ?, ?, ?)",
                categories);
        jdbc.batchUpdate("""
                insert into finance_transaction_item (transaction_id, item_no, sku, asin, quantity, sales, refunds,
                    fees, net, uncategorised) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, items);
    }

    private static void add(List<Object[]> rows, FinancialTransactionId id, int itemNo, TransactionFigures figures) {
        for (Map.Entry<FeeCategory, java.math.BigDecimal> e :
                figures.categories().entrySet()) {
            rows.add(new Object[] {id.value(), itemNo, e.getKey().name(), e.getValue()});
        }
    }

    private static Object[] item(
            FinancialTransactionId id, int itemNo, String sku, String asin, Integer quantity, TransactionFigures f) {
        return new Object[] {
            id.value(), itemNo, sku, asin, quantity, f.sales(), f.refunds(), f.fees(), f.net(), f.uncategorised()
        };
    }
}
