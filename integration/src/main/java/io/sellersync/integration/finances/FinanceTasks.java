// SPDX-License-Identifier: Apache-2.0
package io.sellersync.integration.finances;

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
 * The transaction sync's durable background work as db-scheduler tasks in PostgreSQL: a run per account (incremental
 * or sweep; one instance per account and kind, so a request while one waits or runs joins it, and a node that died
 * mid-run has it revived — runs are idempotent, nothing of a crashed run blocks the next), the schedule that starts
 * incremental runs every {@code sync-interval} and sweeps daily for every connected account, and the historical
 * import, which reads one chunk per execution and reschedules itself with its position, so a restart resumes it.
 * Task due times are the machine's clock; windows are Amazon's ({@link TransactionSync}).
 */
@org.springframework.context.annotation.Configuration
public class FinanceTasks {

    static final String SYNC = "transactions-sync";
    static final String SCHEDULE = "transactions-sync-schedule";
    static final String SWEEP_DAILY = "transactions-sweep-daily";
    static final String IMPORT = "transactions-import";

    private static final Logger log = LoggerFactory.getLogger(FinanceTasks.class);

    /** The instance id and data of a run: {@code accountId|KIND}. */
    static String runId(AccountId accountId, SyncWindowKind kind) {
        return accountId.value() + "|" + kind.name();
    }

    /** The first-sync starter's processor begins at the head of the event stream. */
    @Bean
    ConfigurerModule firstTransactionSyncProcessor() {
        return configurer -> configurer
                .eventProcessing()
                .registerPooledStreamingEventProcessor(
                        FirstTransactionSync.GROUP,
                        Configuration::eventStore,
                        (c, builder) -> builder.initialToken(StreamableMessageSource::createHeadToken));
    }

    @Bean
    OneTimeTask<String> transactionsSyncTask(TransactionSync sync) {
        return Tasks.oneTime(SYNC, String.class).execute((instance, context) -> {
            String[] parts = instance.getData().split("\\|", 2);
            TransactionSync.Outcome outcome = sync.run(new AccountId(parts[0]), SyncWindowKind.valueOf(parts[1]));
            if (outcome.failed()) {
                log.info("Transaction sync of account {} stopped: {}", parts[0], outcome.failure());
            }
        });
    }

    @Bean
    CustomTask<ImportJob> transactionsImportTask(
            TransactionSync sync, TransactionImports imports, FinancesProperties p) {
        return Tasks.custom(IMPORT, ImportJob.class)
                .onFailureReschedule(Schedules.fixedDelay(Duration.ofMinutes(1)))
                .execute((instance, context) -> {
                    ImportJob job = instance.getData();
                    Instant end = job.position().plus(p.importChunk()).isBefore(job.to())
                            ? job.position().plus(p.importChunk())
                            : job.to();
                    TransactionSync.Outcome outcome = sync.read(
                            new AccountId(job.accountId()),
                            new TransactionSync.Window(job.position(), end),
                            SyncWindowKind.BACKFILL);
                    if (outcome.failed()) {
                        imports.failed(job.importId(), outcome.failure(), Instant.now());
                        ImportJob again = job.failedOnce();
                        Instant due = Instant.now().plus(backoff(again.failures()));
                        return (complete, operations) -> operations.reschedule(complete, due, again);
                    }
                    boolean finished = !end.isBefore(job.to());
                    imports.progressed(job.importId(), end, outcome.transactions(), finished, Instant.now());
                    if (finished) {
                        return new CompletionHandler.OnCompleteRemove<>();
                    }
                    ImportJob next = job.next(end);
                    return (complete, operations) -> operations.reschedule(complete, Instant.now(), next);
                });
    }

    @Bean
    RecurringTask<Void> transactionsSyncSchedule(
            QueryGateway queries, FinancesProperties properties, OneTimeTask<String> transactionsSyncTask) {
        return Tasks.recurring(SCHEDULE, Schedules.fixedDelay(properties.syncInterval()))
                .execute((instance, context) -> {
                    if (!properties.automatic()) {
                        return;
                    }
                    for (AccountView view : connected(queries)) {
                        String id = runId(view.accountId(), SyncWindowKind.INCREMENTAL);
                        context.getSchedulerClient()
                                .scheduleIfNotExists(transactionsSyncTask.instance(id, id), Instant.now());
                    }
                });
    }

    @Bean
    RecurringTask<Void> transactionsSweepDaily(
            QueryGateway queries,
            FinancesProperties properties,
            OneTimeTask<String> transactionsSyncTask,
            Clock clock) {
        return Tasks.recurring(SWEEP_DAILY, Schedules.daily(ZoneOffset.UTC, properties.dailySweepAt()))
                .execute((instance, context) -> {
                    if (!properties.automatic()) {
                        return;
                    }
                    for (AccountView view : connected(queries)) {
                        String id = runId(view.accountId(), SyncWindowKind.SWEEP);
                        context.getSchedulerClient()
                                .scheduleIfNotExists(transactionsSyncTask.instance(id, id), Instant.now());
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
