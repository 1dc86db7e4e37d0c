// SPDX-License-Identifier: Apache-2.0
package io.sellersync.integration.orders;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import io.sellersync.messages.accounts.SellerAccountConnectedEvent;
import io.sellersync.messages.sync.SyncWindowKind;
import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * A newly connected account gets its first order sync (the last {@code initial-import} days) right away instead of at
 * the next scheduled run. Its processor starts at the head of the event stream and is never replayed.
 */
@Component
@ProcessingGroup(FirstOrderSync.GROUP)
class FirstOrderSync {

    static final String GROUP = "orders-first-sync";

    private final ObjectProvider<SchedulerClient> scheduler;
    private final OneTimeTask<String> syncTask;
    private final OrderSyncProgress progress;
    private final OrdersProperties properties;

    FirstOrderSync(
            ObjectProvider<SchedulerClient> scheduler,
            @Qualifier("ordersSyncTask") OneTimeTask<String> syncTask,
            OrderSyncProgress progress,
            OrdersProperties properties) {
        this.scheduler = scheduler;
        this.syncTask = syncTask;
        this.progress = progress;
        this.properties = properties;
    }

    @EventHandler
    @DisallowReplay
    void on(SellerAccountConnectedEvent event) {
        if (!properties.automatic()) {
            return;
        }
        String id = OrderTasks.runId(event.accountId(), SyncWindowKind.INCREMENTAL);
        if (scheduler.getObject().scheduleIfNotExists(syncTask.instance(id, id), Instant.now())) {
            progress.queued(event.accountId(), SyncWindowKind.INCREMENTAL);
        }
    }
}
