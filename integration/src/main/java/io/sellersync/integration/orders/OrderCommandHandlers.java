// SPDX-License-Identifier: Apache-2.0
package io.sellersync.integration.orders;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.helper.CustomTask;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import io.sellersync.integration.spapi.SpApiAccounts;
import io.sellersync.messages.accounts.AccountId;
import io.sellersync.messages.accounts.AccountView;
import io.sellersync.messages.accounts.ListAccountsQuery;
import io.sellersync.messages.orders.BackfillOrdersCommand;
import io.sellersync.messages.orders.FindOrderSyncStatusQuery;
import io.sellersync.messages.orders.ListOrderBackfillsQuery;
import io.sellersync.messages.orders.OrderBackfillView;
import io.sellersync.messages.orders.OrderSyncStatusView;
import io.sellersync.messages.orders.SyncOrdersCommand;
import io.sellersync.messages.shared.BusinessException;
import io.sellersync.messages.shared.ErrorCode;
import io.sellersync.messages.sync.SyncWindowKind;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * "Sync now" and "backfill": checks the account and the range, then schedules the durable task (a request while the
 * same run is queued or running joins it). Also answers the sync status and the backfills. Amazon's time is taken to
 * be ours: a backfill may end at most {@code settle} before now.
 */
@Component
class OrderCommandHandlers {

    private final SpApiAccounts accounts;
    private final ObjectProvider<SchedulerClient> scheduler;
    private final OneTimeTask<String> syncTask;
    private final CustomTask<BackfillJob> backfillTask;
    private final OrderBackfills backfills;
    private final OrderSyncProgress progress;
    private final OrderSync sync;
    private final QueryGateway queries;
    private final OrdersProperties properties;
    private final Clock clock;

    OrderCommandHandlers(
            SpApiAccounts accounts,
            ObjectProvider<SchedulerClient> scheduler,
            @Qualifier("ordersSyncTask") OneTimeTask<String> syncTask,
            @Qualifier("ordersBackfillTask") CustomTask<BackfillJob> backfillTask,
            OrderBackfills backfills,
            OrderSyncProgress progress,
            OrderSync sync,
            QueryGateway queries,
            OrdersProperties properties,
            Clock clock) {
        this.accounts = accounts;
        this.scheduler = scheduler;
        this.syncTask = syncTask;
        this.backfillTask = backfillTask;
        this.backfills = backfills;
        this.progress = progress;
        this.sync = sync;
        this.queries = queries;
        this.properties = properties;
        this.clock = clock;
    }

    @CommandHandler
    void handle(SyncOrdersCommand command) {
        SyncWindowKind kind = command.kind() == null ? SyncWindowKind.INCREMENTAL : command.kind();
        if (kind == SyncWindowKind.BACKFILL) {
            throw BusinessException.invalid("kind", "A backfill needs a date range: use the backfill form");
        }
        if (command.accountId() == null) {
            throw BusinessException.invalid("accountId", "Say which account to sync");
        }
        requireAuthorized(accounts.view(command.accountId()));
        String id = OrderTasks.runId(command.accountId(), kind);
        if (scheduler.getObject().scheduleIfNotExists(syncTask.instance(id, id), Instant.now())) {
            progress.queued(command.accountId(), kind);
        }
    }

    @CommandHandler
    String handle(BackfillOrdersCommand command) {
        if (command.backfillId() == null || command.backfillId().isBlank()) {
            throw BusinessException.invalid("backfillId", "The backfill needs an id");
        }
        if (command.accountId() == null) {
            throw BusinessException.invalid("accountId", "Say which account to backfill");
        }
        if (command.from() == null) {
            throw BusinessException.invalid("from", "Say from when to backfill");
        }
        if (command.to() == null) {
            throw BusinessException.invalid("to", "Say until when to backfill");
        }
        if (!command.to().isAfter(command.from())) {
            throw BusinessException.invalid("to", "The range must end after it starts (" + command.from() + ")");
        }
        Instant latest = clock.instant().minus(properties.settle());
        if (command.to().isAfter(latest)) {
            throw BusinessException.invalid(
                    "to", "Amazon lists orders only until a few minutes ago: end the range by " + latest);
        }
        requireAuthorized(accounts.view(command.accountId()));
        if (backfills.create(command.backfillId(), command.accountId(), command.from(), command.to(), Instant.now())) {
            BackfillJob job = new BackfillJob(
                    command.backfillId(), command.accountId().value(), command.from(), command.to(), command.from(), 0);
            scheduler.getObject().scheduleIfNotExists(backfillTask.instance(command.backfillId(), job), Instant.now());
        }
        return command.backfillId();
    }

    @QueryHandler
    List<OrderBackfillView> handle(ListOrderBackfillsQuery query) {
        return backfills.list(query.accountId());
    }

    @QueryHandler
    List<OrderSyncStatusView> handle(FindOrderSyncStatusQuery query) {
        List<AccountId> ids = query.accountId() != null
                ? List.of(query.accountId())
                : queries
                        .query(new ListAccountsQuery(), ResponseTypes.multipleInstancesOf(AccountView.class))
                        .join()
                        .stream()
                        .map(AccountView::accountId)
                        .toList();
        return ids.stream()
                .map(id -> {
                    OrderSyncStatusView view = progress.view(id, sync.cursor(id), null);
                    Instant next = properties.automatic() && view.finishedAt() != null
                            ? view.finishedAt().plus(properties.syncInterval())
                            : null;
                    return progress.view(id, view.cursor(), next);
                })
                .toList();
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
