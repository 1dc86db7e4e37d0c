// SPDX-License-Identifier: Apache-2.0
package io.sellersync.integration.orders;

import com.github.kagkarlsson.scheduler.task.CompletionHandler;
import com.github.kagkarlsson.scheduler.task.helper.CustomTask;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import io.sellersync.messages.accounts.AccountId;
import io.sellersync.messages.accounts.AccountView;
import io.sellersync.messages.accounts.ListAccountsQuery;
import io.sellersync.messages.sync.SyncWindowKind;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import org.axonframework.config.Configuration;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.messaging.StreamableMessageSource;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;

/**
 * The order sync's durable background work as db-scheduler tasks in PostgreSQL: a run per account and kind
 * (incremental or sweep; one instance per account and kind, so a request while one waits or runs joins it, and a
 * node that died mid-run has it revived — runs are idempotent), the schedule that starts incremental runs every
 * {@code sync-interval} (each run is one {@code searchOrders} call or a few, paced by the shared rate limiter at one
 * per 180 s once the burst is spent), the daily sweep of the last 7 days, the daily purge of buyer data 30 days after
 * delivery, and backfills, which read one {@code createdAfter} window per execution and reschedule themselves with
 * their position, so a restart resumes them.
 */
@org.springframework.context.annotation.Configuration
public class OrderTasks {

    static final String SYNC = "orders-sync";
    static final String SCHEDULE = "orders-sync-schedule";
    static final String SWEEP_DAILY = "orders-sweep-daily";
    static final String PURGE_DAILY = "orders-pii-purge-daily";
    static final String BACKFILL = "orders-backfill";

    private static final Logger log = LoggerFactory.getLogger(OrderTasks.class);

    /** The instance id and data of a run: {@code accountId|KIND}. */
    static String runId(AccountId accountId, SyncWindowKind kind) {
        return accountId.value() + "|" + kind.name();
    }

    /** The first-sync starter's processor begins at the head of the event stream. */
    @Bean
    ConfigurerModule firstOrderSyncProcessor() {
        return configurer -> configurer
                .eventProcessing()
                .registerPooledStreamingEventProcessor(
                        FirstOrderSync.GROUP,
                        Configuration::eventStore,
                        (c, builder) -> builder.initialToken(StreamableMessageSource::createHeadToken));
    }

    @Bean
    OneTimeTask<String> ordersSyncTask(OrderSync sync) {
        return Tasks.oneTime(SYNC, String.class).execute((instance, context) -> {
            String[] parts = instance.getData().split("\\|", 2);
            OrderSync.Outcome outcome = sync.run(new AccountId(parts[0]), SyncWindowKind.valueOf(parts[1]));
            if (outcome.failed()) {
                log.info("Order sync of account {} stopped: {}", parts[0], outcome.failure());
            }
        });
    }

    @Bean
    CustomTask<BackfillJob> ordersBackfillTask(OrderSync sync, OrderBackfills backfills, OrdersProperties p) {
        return Tasks.custom(BACKFILL, BackfillJob.class)
                .onFailureReschedule(Schedules.fixedDelay(Duration.ofMinutes(1)))
                .execute((instance, context) -> {
                    BackfillJob job = instance.getData();
                    Instant end = job.position().plus(p.backfillChunk()).isBefore(job.to())
                            ? job.position().plus(p.backfillChunk())
                            : job.to();
                    OrderSync.Outcome outcome = sync.read(
                            new AccountId(job.accountId()),
                            new OrderSync.Window(job.position(), end),
                            SyncWindowKind.BACKFILL);
                    if (outcome.failed()) {
                        backfills.failed(job.backfillId(), outcome.failure(), Instant.now());
                        BackfillJob again = job.failedOnce();
                        Instant due = Instant.now().plus(backoff(again.failures()));
                        return (complete, operations) -> operations.reschedule(complete, due, again);
                    }
                    boolean finished = !end.isBefore(job.to());
                    backfills.progressed(job.backfillId(), end, outcome.orders(), finished, Instant.now());
                    if (finished) {
                        return new CompletionHandler.OnCompleteRemove<>();
                    }
                    BackfillJob next = job.next(end);
                    return (complete, operations) -> operations.reschedule(complete, Instant.now(), next);
                });
    }

    @Bean
    RecurringTask<Void> ordersSyncSchedule(
            QueryGateway queries,
            OrdersProperties properties,
            OrderSyncProgress progress,
            OneTimeTask<String> ordersSyncTask) {
        return Tasks.recurring(SCHEDULE, Schedules.fixedDelay(properties.syncInterval()))
                .execute((instance, context) -> {
                    if (!properties.automatic()) {
                        return;
                    }
                    for (AccountView view : connected(queries)) {
                        String id = runId(view.accountId(), SyncWindowKind.INCREMENTAL);
                        if (context.getSchedulerClient()
                                .scheduleIfNotExists(ordersSyncTask.instance(id, id), Instant.now())) {
                            progress.queued(view.accountId(), SyncWindowKind.INCREMENTAL);
                        }
                    }
                });
    }

    @Bean
    RecurringTask<Void> ordersSweepDaily(
            QueryGateway queries, OrdersProperties properties, OneTimeTask<String> ordersSyncTask) {
        return Tasks.recurring(SWEEP_DAILY, Schedules.daily(ZoneOffset.UTC, properties.dailySweepAt()))
                .execute((instance, context) -> {
                    if (!properties.automatic()) {
                        return;
                    }
                    for (AccountView view : connected(queries)) {
                        String id = runId(view.accountId(), SyncWindowKind.SWEEP);
                        context.getSchedulerClient()
                                .scheduleIfNotExists(ordersSyncTask.instance(id, id), Instant.now());
                    }
                });
    }

    @Bean
    RecurringTask<Void> ordersPiiPurgeDaily(BuyerDataTable buyers, OrdersProperties properties, Clock clock) {
        return Tasks.recurring(PURGE_DAILY, Schedules.daily(ZoneOffset.UTC, LocalTime.of(3, 15)))
                .execute((instance, context) -> {
                    int purged = buyers.purge(clock.instant().minus(properties.piiRetention()));
                    if (purged > 0) {
                        log.info(
                                "Purged the buyer data of {} order(s) delivered over {} ago",
                                purged,
                                properties.piiRetention());
                    }
                });
    }

    /** One minute, doubling per failure in a row, at most an hour. */
    static Duration backoff(int failures) {
        return Duration.ofMinutes(Math.min(60, 1L << Math.min(6, Math.max(0, failures - 1))));
    }

    /** Accounts whose credentials work: a paused account is left alone until it is re-authorized. */
    static List<AccountView> connected(QueryGateway queries) {
        return queries
                .query(new ListAccountsQuery(), ResponseTypes.multipleInstancesOf(AccountView.class))
                .join()
                .stream()
                .filter(a -> a.needsReauthorization() == null)
                .toList();
    }
}
