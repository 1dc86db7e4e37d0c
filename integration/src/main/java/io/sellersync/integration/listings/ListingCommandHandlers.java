// SPDX-License-Identifier: Apache-2.0
package io.sellersync.integration.listings;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.helper.CustomTask;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import io.sellersync.integration.spapi.SpApiAccounts;
import io.sellersync.messages.accounts.AccountView;
import io.sellersync.messages.listings.ImportListingReportCommand;
import io.sellersync.messages.listings.RunPriceDriftCheckCommand;
import io.sellersync.messages.shared.BusinessException;
import io.sellersync.messages.shared.ErrorCode;
import io.sellersync.messages.shared.Marketplaces;
import java.time.Clock;
import java.util.List;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * "Import now" and "check now": checks the account and marketplace, then schedules the durable task. A request for
 * an import or check that is already queued or running joins it instead of starting a second one.
 */
@Component
class ListingCommandHandlers {

    private final SpApiAccounts accounts;
    private final QueryGateway queries;
    private final ObjectProvider<SchedulerClient> scheduler;
    private final CustomTask<ImportJob> importTask;
    private final OneTimeTask<String> driftTask;
    private final ListingReportImport importer;
    private final PriceDriftCheck drift;
    private final Clock clock;

    ListingCommandHandlers(
            SpApiAccounts accounts,
            QueryGateway queries,
            ObjectProvider<SchedulerClient> scheduler,
            @Qualifier("listingReportImportTask") CustomTask<ImportJob> importTask,
            @Qualifier("priceDriftCheckTask") OneTimeTask<String> driftTask,
            ListingReportImport importer,
            PriceDriftCheck drift,
            Clock clock) {
        this.accounts = accounts;
        this.queries = queries;
        this.scheduler = scheduler;
        this.importTask = importTask;
        this.driftTask = driftTask;
        this.importer = importer;
        this.drift = drift;
        this.clock = clock;
    }

    @CommandHandler
    void handle(ImportListingReportCommand command) {
        AccountView view = accounts.view(command.accountId());
        if (!view.marketplaces().contains(command.marketplaceId())) {
            throw new BusinessException(
                    ErrorCode.CONFLICT,
                    "marketplaceId",
                    "The marketplace " + Marketplaces.countryCode(command.marketplaceId())
                            + " is not enabled for the account " + view.name());
        }
        requireAuthorized(view);
        ImportJob job = new ImportJob(
                command.accountId().value(), command.marketplaceId().value(), null, clock.instant(), 0);
        if (scheduler.getObject().scheduleIfNotExists(importTask.instance(job.instanceId(), job), clock.instant())) {
            importer.queued(command.accountId(), command.marketplaceId());
        }
    }

    @CommandHandler
    void handle(RunPriceDriftCheckCommand command) {
        List<AccountView> targets = command.accountId() == null
                ? ListingTasks.connected(queries)
                : List.of(accounts.view(command.accountId()));
        for (AccountView view : targets) {
            requireAuthorized(view);
            String id = view.accountId().value();
            if (scheduler.getObject().scheduleIfNotExists(driftTask.instance(id, id), clock.instant())) {
                drift.queued(view.accountId());
            }
        }
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
