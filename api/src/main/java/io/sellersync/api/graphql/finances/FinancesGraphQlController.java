// SPDX-License-Identifier: Apache-2.0
package io.sellersync.api.graphql.finances;

import io.sellersync.api.finances.FinanceInputs;
import io.sellersync.messages.accounts.AccountId;
import io.sellersync.messages.finances.BreakdownNode;
import io.sellersync.messages.finances.CategoryAmount;
import io.sellersync.messages.finances.CurrencyTotalsView;
import io.sellersync.messages.finances.FeeCategory;
import io.sellersync.messages.finances.FinancialTransactionId;
import io.sellersync.messages.finances.FindTransactionQuery;
import io.sellersync.messages.finances.ImportTransactionsCommand;
import io.sellersync.messages.finances.ListTransactionImportsQuery;
import io.sellersync.messages.finances.ListTransactionsQuery;
import io.sellersync.messages.finances.MonthSummaryView;
import io.sellersync.messages.finances.MonthlySummaryQuery;
import io.sellersync.messages.finances.OrderReconciliationFlag;
import io.sellersync.messages.finances.OrderReconciliationPage;
import io.sellersync.messages.finances.OrderReconciliationQuery;
import io.sellersync.messages.finances.PayoutReconciliationPage;
import io.sellersync.messages.finances.PayoutReconciliationQuery;
import io.sellersync.messages.finances.SkuSummaryPage;
import io.sellersync.messages.finances.SkuSummaryQuery;
import io.sellersync.messages.finances.SoldUnitsQuery;
import io.sellersync.messages.finances.SoldUnitsView;
import io.sellersync.messages.finances.SyncTransactionsCommand;
import io.sellersync.messages.finances.TransactionDetailView;
import io.sellersync.messages.finances.TransactionFacetsQuery;
import io.sellersync.messages.finances.TransactionFacetsView;
import io.sellersync.messages.finances.TransactionFilter;
import io.sellersync.messages.finances.TransactionImportView;
import io.sellersync.messages.finances.TransactionItem;
import io.sellersync.messages.finances.TransactionPage;
import io.sellersync.messages.finances.TransactionSummaryQuery;
import io.sellersync.messages.finances.TransactionView;
import io.sellersync.messages.inventory.InventoryItemId;
import io.sellersync.messages.inventory.InventoryItemView;
import io.sellersync.messages.orders.AmazonOrderId;
import io.sellersync.messages.shared.BusinessException;
import io.sellersync.messages.shared.MarketplaceId;
import io.sellersync.messages.shared.Marketplaces;
import io.sellersync.messages.sync.ListSyncCursorsQuery;
import io.sellersync.messages.sync.SyncCursorView;
import io.sellersync.messages.sync.SyncDataSet;
import io.sellersync.messages.sync.SyncWindowKind;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** GraphQL for transactions and reconciliation, through Axon's gateways only. */
@Controller
class FinancesGraphQlController {

    /** The filter input of the schema. */
    record TransactionFilterInput(
            String accountId,
            String type,
            String status,
            String marketplaceId,
            String postedFrom,
            String postedTo,
            String search,
            Boolean uncategorisedOnly) {}

    /** A category of the registry, for clients that draw one column per category. */
    record FeeCategoryInfo(FeeCategory category, String label, String kind) {}

    private final QueryGateway queries;
    private final CommandGateway commands;

    FinancesGraphQlController(QueryGateway queries, CommandGateway commands) {
        this.queries = queries;
        this.commands = commands;
    }

    @QueryMapping
    CompletableFuture<TransactionPage> transactions(
            @Argument TransactionFilterInput filter,
            @Argument String sort,
            @Argument Boolean desc,
            @Argument Integer page,
            @Argument Integer size) {
        return queries.query(
                new ListTransactionsQuery(
                        filter(filter),
                        sort,
                        desc == null || desc,
                        FinanceInputs.page(page),
                        FinanceInputs.size(size, 1000)),
                ResponseTypes.instanceOf(TransactionPage.class));
    }

    @QueryMapping
    CompletableFuture<TransactionDetailView> transaction(@Argument String id) {
        return queries.query(
                        new FindTransactionQuery(new FinancialTransactionId(id)),
                        ResponseTypes.optionalInstanceOf(TransactionDetailView.class))
                .thenApply(found -> found.orElse(null));
    }

    @QueryMapping
    CompletableFuture<List<CurrencyTotalsView>> transactionSummary(@Argument TransactionFilterInput filter) {
        return queries.query(
                new TransactionSummaryQuery(filter(filter)),
                ResponseTypes.multipleInstancesOf(CurrencyTotalsView.class));
    }

    @QueryMapping
    CompletableFuture<List<MonthSummaryView>> monthlySummary(@Argument TransactionFilterInput filter) {
        return queries.query(
                new MonthlySummaryQuery(filter(filter)), ResponseTypes.multipleInstancesOf(MonthSummaryView.class));
    }

    @QueryMapping
    CompletableFuture<TransactionFacetsView> transactionFacets(@Argument String accountId) {
        return queries.query(
                new TransactionFacetsQuery(account(accountId)), ResponseTypes.instanceOf(TransactionFacetsView.class));
    }

    @QueryMapping
    List<FeeCategoryInfo> feeCategories() {
        return Arrays.stream(FeeCategory.values())
                .map(c -> new FeeCategoryInfo(c, c.label(), c.kind().name()))
                .toList();
    }

    @QueryMapping
    CompletableFuture<OrderReconciliationPage> orderReconciliation(
            @Argument String accountId,
            @Argument String search,
            @Argument Boolean mismatchesOnly,
            @Argument OrderReconciliationFlag flag,
            @Argument Integer page,
            @Argument Integer size) {
        return queries.query(
                new OrderReconciliationQuery(
                        account(accountId),
                        search,
                        Boolean.TRUE.equals(mismatchesOnly),
                        flag,
                        FinanceInputs.page(page),
                        FinanceInputs.size(size, 500)),
                ResponseTypes.instanceOf(OrderReconciliationPage.class));
    }

    @QueryMapping
    CompletableFuture<List<SoldUnitsView>> soldUnits(@Argument String itemId, @Argument String orderId) {
        boolean item = itemId != null && !itemId.isBlank();
        boolean order = orderId != null && !orderId.isBlank();
        if (item == order) {
            throw BusinessException.invalid("itemId", "give either itemId or orderId, not both");
        }
        return queries.query(
                item
                        ? SoldUnitsQuery.ofItem(new InventoryItemId(itemId.strip()))
                        : SoldUnitsQuery.ofOrder(new AmazonOrderId(orderId.strip())),
                ResponseTypes.multipleInstancesOf(SoldUnitsView.class));
    }

    @SchemaMapping(typeName = "InventoryItem", field = "sales")
    CompletableFuture<List<SoldUnitsView>> sales(InventoryItemView item) {
        return queries.query(
                SoldUnitsQuery.ofItem(item.itemId()), ResponseTypes.multipleInstancesOf(SoldUnitsView.class));
    }

    /** One flag's count, for the schema's list. */
    record FlagCount(OrderReconciliationFlag flag, String label, long orders) {}

    @SchemaMapping(typeName = "OrderReconciliationPage", field = "flagCounts")
    List<FlagCount> flagCounts(OrderReconciliationPage page) {
        return Arrays.stream(OrderReconciliationFlag.values())
                .map(f -> new FlagCount(f, f.label(), page.count(f)))
                .toList();
    }

    @QueryMapping
    CompletableFuture<PayoutReconciliationPage> payoutReconciliation(
            @Argument String accountId,
            @Argument Boolean mismatchesOnly,
            @Argument Integer page,
            @Argument Integer size) {
        return queries.query(
                new PayoutReconciliationQuery(
                        account(accountId),
                        Boolean.TRUE.equals(mismatchesOnly),
                        FinanceInputs.page(page),
                        FinanceInputs.size(size, 500)),
                ResponseTypes.instanceOf(PayoutReconciliationPage.class));
    }

    @QueryMapping
    CompletableFuture<SkuSummaryPage> skuSummary(
            @Argument String accountId,
            @Argument String from,
            @Argument String to,
            @Argument String search,
            @Argument Integer page,
            @Argument Integer size) {
        return queries.query(
                new SkuSummaryQuery(
                        account(accountId),
                        FinanceInputs.instant("from", from),
                        FinanceInputs.instant("to", to),
                        search,
                        FinanceInputs.page(page),
                        FinanceInputs.size(size, 500)),
                ResponseTypes.instanceOf(SkuSummaryPage.class));
    }

    @QueryMapping
    CompletableFuture<List<SyncCursorView>> transactionSyncStatus(@Argument String accountId) {
        return queries.query(
                        new ListSyncCursorsQuery(account(accountId)),
                        ResponseTypes.multipleInstancesOf(SyncCursorView.class))
                .thenApply(cursors -> cursors.stream()
                        .filter(c -> c.dataSet() == SyncDataSet.TRANSACTIONS)
                        .toList());
    }

    @QueryMapping
    CompletableFuture<List<TransactionImportView>> transactionImports(@Argument String accountId) {
        return queries.query(
                new ListTransactionImportsQuery(account(accountId)),
                ResponseTypes.multipleInstancesOf(TransactionImportView.class));
    }

    @MutationMapping
    boolean syncTransactions(@Argument String accountId, @Argument String kind) {
        SyncWindowKind which = kind == null ? SyncWindowKind.INCREMENTAL : SyncWindowKind.valueOf(kind);
        commands.sendAndWait(new SyncTransactionsCommand(requiredAccount(accountId), which));
        return true;
    }

    @MutationMapping
    String importTransactions(@Argument String accountId, @Argument String from, @Argument String to) {
        String importId = UUID.randomUUID().toString();
        commands.sendAndWait(new ImportTransactionsCommand(
                importId,
                requiredAccount(accountId),
                FinanceInputs.instant("from", from),
                FinanceInputs.instant("to", to)));
        return importId;
    }

    @SchemaMapping(typeName = "Transaction", field = "countryCode")
    String countryCode(TransactionView transaction) {
        return transaction.marketplaceId() == null ? null : Marketplaces.countryCode(transaction.marketplaceId());
    }

    @SchemaMapping(typeName = "CategoryAmount", field = "label")
    String label(CategoryAmount amount) {
        return amount.category().label();
    }

    @SchemaMapping(typeName = "BreakdownNode", field = "amount")
    String amount(BreakdownNode node) {
        return node.amount().toPlainString();
    }

    @SchemaMapping(typeName = "TransactionItem", field = "total")
    String total(TransactionItem item) {
        return item.total() == null ? null : item.total().toPlainString();
    }

    @SchemaMapping(typeName = "TransactionFacets", field = "marketplaceIds")
    List<MarketplaceId> marketplaceIds(TransactionFacetsView facets) {
        return facets.marketplaces();
    }

    private static TransactionFilter filter(TransactionFilterInput input) {
        if (input == null) {
            return TransactionFilter.all();
        }
        return FinanceInputs.filter(
                "filter.",
                input.accountId(),
                input.type(),
                input.status(),
                input.marketplaceId(),
                input.postedFrom(),
                input.postedTo(),
                input.search(),
                input.uncategorisedOnly());
    }

    private static AccountId account(String id) {
        return id == null || id.isBlank() ? null : new AccountId(id);
    }

    private static AccountId requiredAccount(String id) {
        if (id == null || id.isBlank()) {
            throw BusinessException.invalid("accountId", "Say which account");
        }
        return new AccountId(id);
    }
}
