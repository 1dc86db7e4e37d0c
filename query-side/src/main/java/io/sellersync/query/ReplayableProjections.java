// SPDX-License-Identifier: Apache-2.0
package io.sellersync.query;

import io.sellersync.query.accounts.AccountsProjection;
import io.sellersync.query.activity.ActivityProjection;
import io.sellersync.query.feed.FeedProjection;
import io.sellersync.query.finances.FinanceProjection;
import io.sellersync.query.inventory.InventoryProjection;
import io.sellersync.query.orders.OrderProjection;
import io.sellersync.query.queue.QueueProjection;
import io.sellersync.query.sync.SyncCursorProjection;
import io.sellersync.query.twophase.SyncRunProjection;
import java.util.List;

/** The processing groups that are pure read models: safe to reset and rebuild from the event store. */
public final class ReplayableProjections {

    public static final List<String> NAMES = List.of(
            AccountsProjection.GROUP,
            ActivityProjection.GROUP,
            InventoryProjection.GROUP,
            QueueProjection.GROUP,
            FeedProjection.GROUP,
            SyncCursorProjection.GROUP,
            SyncRunProjection.GROUP,
            FinanceProjection.GROUP,
            OrderProjection.GROUP);

    private ReplayableProjections() {}
}
