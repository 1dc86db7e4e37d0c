// SPDX-License-Identifier: Apache-2.0
package io.sellersync.integration.finances;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.helper.CustomTask;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import io.sellersync.integration.spapi.SpApiAccounts;
import io.sellersync.messages.accounts.AccountView;
import io.sellersync.messages.finances.ImportTransactionsCommand;
import io.sellersync.messages.finances.ListTransactionImportsQuery;
import io.sellersync.messages.finances.SyncTransactionsCommand;
import io.sellersync.messages.finances.TransactionImportView;
import io.sellersync.messages.shared.BusinessException;
import io.sellersync.messages.shared.ErrorCode;
import io.sellersync.messages.sync.SyncWindowKind;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * "Sync now" and "import history": checks the account and the range, then schedules the durable task (a request while
 * the same run is queued or running joins it). Amazon's time is taken to be ours: an import may end at most
 * {@code settle} before now.
 */
@Component
class FinanceCommandHandlers {

    private final SpApiAccounts accounts;
    private final ObjectProvider<SchedulerClient> scheduler;
    private final OneTimeTask<String> syncTask;
    private final CustomTask<ImportJob> importTask;
    private final TransactionImports imports;
    private final FinancesProperties properties;
    private final Clock clock;

    FinanceCommandHandlers(
            SpApiAccounts accounts,
            ObjectProvider<SchedulerClient> scheduler,
            @Qualifier("transactionsSyncTask") OneTimeTask<String> syncTask,
            @Qualifier("transactionsImportTask") CustomTask<ImportJob> importTask,
            TransactionImports imports,
            FinancesProperties properties,
            Clock clock) {
        this.accounts = accounts;
        this.scheduler = scheduler;
        this.syncTask = syncTask;
        this.importTask = importTask;
        this.imports = imports;
        this.properties = properties;
        this.clock = clock;
    }

    @CommandHandler
    void handle(SyncTransactionsCommand command) {
        SyncWindowKind kind = command.kind() == null ? SyncWindowKind.INCREMENTAL : command.kind();
        if (kind == SyncWindowKind.BACKFILL) {
            throw BusinessException.invalid("kind", "A backfill is a historical import: give it a date range");
        }
        requireAuthorized(accounts.view(command.accountId()));
        String id = FinanceTasks.runId(command.accountId(), kind);
        scheduler.getObject().scheduleIfNotExists(syncTask.instance(id, id), Instant.now());
    }

    @CommandHandler
    void handle(ImportTransactionsCommand command) {
        if (command.importId() == null || command.importId().isBlank()) {
            throw BusinessException.invalid("importId", "The import needs an id");
        }
        if (command.from() == null) {
            throw BusinessException.invalid("from", "Say from when to import");
        }
        if (command.to() == null) {
            throw BusinessException.invalid("to", "Say until when to import");
        }
        if (!command.to().isAfter(command.from())) {
            throw BusinessException.invalid("to", "The range must end after it starts (" + command.from() + ")");
        }
        Instant latest = clock.instant().minus(properties.settle());
        if (command.to().isAfter(latest)) {
            throw BusinessException.invalid(
                    "to", "Amazon lists transactions only until a few minutes ago: end the range by " + latest);
        }
        requireAuthorized(accounts.view(command.accountId()));
        if (imports.create(command.importId(), command.accountId(), command.from(), command.to(), Instant.now())) {
            ImportJob job = new ImportJob(
                    command.importId(), command.accountId().value(), command.from(), command.to(), command.from(), 0);
            scheduler.getObject().scheduleIfNotExists(importTask.instance(command.importId(), job), Instant.now());
        }
    }

    @QueryHandler
    List<TransactionImportView> handle(ListTransactionImportsQuery query) {
        return imports.list(query.accountId());
    }

    private static void requireAuthorized(AccountView view) {
        if (view.needsReauthorization() != null) {
            throw new BusinessException(
                    ErrorCode.CONFLICT,
                    "accountId",
                    "The account " + view.name() + " needs re-authorization: " + view.needsReauthorization());
        }
    }
}
