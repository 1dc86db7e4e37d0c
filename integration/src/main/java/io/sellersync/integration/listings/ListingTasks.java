// SPDX-License-Identifier: Apache-2.0
package io.sellersync.integration.listings;

import com.github.kagkarlsson.scheduler.task.CompletionHandler;
import com.github.kagkarlsson.scheduler.task.helper.CustomTask;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import io.sellersync.integration.spapi.SpApiAccount;
import io.sellersync.integration.spapi.SpApiAccounts;
import io.sellersync.messages.accounts.AccountId;
import io.sellersync.messages.accounts.AccountView;
import io.sellersync.messages.accounts.ListAccountsQuery;
import io.sellersync.messages.shared.BusinessException;
import io.sellersync.messages.shared.MarketplaceId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The durable background work of the listings feature as db-scheduler tasks in PostgreSQL: the listing-report
 * import (one instance per account and marketplace, stepping from request to poll to download and rescheduling
 * itself with its state, so a restart resumes it and a node that died mid-step has it revived), the drift check per
 * account, and the daily runs that start both for every connected account and enabled marketplace.
 */
@Configuration
public class ListingTasks {

    static final String IMPORT = "listing-report-import";
    static final String IMPORT_DAILY = "listing-report-import-daily";
    static final String DRIFT = "price-drift-check";
    static final String DRIFT_DAILY = "price-drift-check-daily";

    private static final Logger log = LoggerFactory.getLogger(ListingTasks.class);

    @Bean
    CustomTask<ImportJob> listingReportImportTask(ListingReportImport importer, SpApiAccounts accounts) {
        return Tasks.custom(IMPORT, ImportJob.class)
                .onFailureReschedule(Schedules.fixedDelay(Duration.ofMinutes(5)))
                .execute((instance, context) -> {
                    ImportJob job = instance.getData();
                    AccountId accountId = new AccountId(job.accountId());
                    ListingReportImport.Next next;
                    try {
                        AccountView view = accounts.view(accountId);
                        if (!view.marketplaces().contains(new MarketplaceId(job.marketplaceId()))) {
                            next = importer.fail(
                                    accountId,
                                    new MarketplaceId(job.marketplaceId()),
                                    "The marketplace is no longer enabled for the account",
                                    Instant.now());
                        } else if (view.needsReauthorization() != null) {
                            next = importer.fail(
                                    accountId,
                                    new MarketplaceId(job.marketplaceId()),
                                    "The account needs re-authorization: " + view.needsReauthorization(),
                                    Instant.now());
                        } else {
                            SpApiAccount account = accounts.forAccount(view);
                            next = importer.step(
                                    job, account, failure -> accounts.reportIfUnauthorized(accountId, failure));
                        }
                    } catch (BusinessException gone) {
                        next = importer.fail(
                                accountId, new MarketplaceId(job.marketplaceId()), gone.getMessage(), Instant.now());
                    }
                    if (next.finished()) {
                        return new CompletionHandler.OnCompleteRemove<>();
                    }
                    ImportJob following = next.job();
                    Instant due = Instant.now().plus(next.delay());
                    return (complete, operations) -> operations.reschedule(complete, due, following);
                });
    }

    @Bean
    OneTimeTask<String> priceDriftCheckTask(PriceDriftCheck drift, SpApiAccounts accounts) {
        return Tasks.oneTime(DRIFT, String.class).execute((instance, context) -> {
            AccountId accountId = new AccountId(instance.getData());
            try {
                AccountView view = accounts.view(accountId);
                if (view.needsReauthorization() != null) {
                    drift.failed(accountId, "The account needs re-authorization: " + view.needsReauthorization());
                    return;
                }
                SpApiAccount account = accounts.forAccount(view);
                drift.run(
                        accountId,
                        view.marketplaces(),
                        account,
                        drift.listedItems(),
                        failure -> accounts.reportIfUnauthorized(accountId, failure));
            } catch (BusinessException gone) {
                drift.failed(accountId, gone.getMessage());
            } catch (RuntimeException e) {
                log.warn("Drift check of account {} failed", accountId, e);
                drift.failed(accountId, "The drift check failed: " + e.getMessage());
            }
        });
    }

    @Bean
    RecurringTask<Void> dailyListingReportImport(
            QueryGateway queries,
            ListingsProperties properties,
            CustomTask<ImportJob> listingReportImportTask,
            ListingReportImport importer,
            Clock clock) {
        return Tasks.recurring(IMPORT_DAILY, Schedules.daily(ZoneOffset.UTC, properties.dailyImportAt()))
                .execute((instance, context) -> {
                    for (AccountView view : connected(queries)) {
                        for (MarketplaceId marketplace : view.marketplaces()) {
                            ImportJob job = new ImportJob(
                                    view.accountId().value(), marketplace.value(), null, clock.instant(), 0);
                            if (context.getSchedulerClient()
                                    .scheduleIfNotExists(
                                            listingReportImportTask.instance(job.instanceId(), job), clock.instant())) {
                                importer.queued(view.accountId(), marketplace);
                            }
                        }
                    }
                });
    }

    @Bean
    RecurringTask<Void> dailyPriceDriftCheck(
            QueryGateway queries,
            ListingsProperties properties,
            OneTimeTask<String> priceDriftCheckTask,
            PriceDriftCheck drift,
            Clock clock) {
        return Tasks.recurring(DRIFT_DAILY, Schedules.daily(ZoneOffset.UTC, properties.dailyDriftCheckAt()))
                .execute((instance, context) -> {
                    for (AccountView view : connected(queries)) {
                        String id = view.accountId().value();
                        if (context.getSchedulerClient()
                                .scheduleIfNotExists(priceDriftCheckTask.instance(id, id), clock.instant())) {
                            drift.queued(view.accountId());
                        }
                    }
                });
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
