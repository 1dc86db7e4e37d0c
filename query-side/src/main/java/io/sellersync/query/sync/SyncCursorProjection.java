// SPDX-License-Identifier: Apache-2.0
package io.sellersync.query.sync;

import io.sellersync.messages.sync.FindSyncCursorQuery;
import io.sellersync.messages.sync.ListSyncCursorsQuery;
import io.sellersync.messages.sync.SyncCursorEvent;
import io.sellersync.messages.sync.SyncCursorId;
import io.sellersync.messages.sync.SyncCursorView;
import io.sellersync.messages.sync.SyncWindowCompletedEvent;
import io.sellersync.messages.sync.SyncWindowFailedEvent;
import java.util.List;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/**
 * Where each account's order and transaction cursors stand, with the last window read and the last failure: what the
 * pollers start their next window from and what the pages show. Events carry whole values (the cursor's position
 * after the window), so a redelivered event writes the same row again; replayable.
 */
@Component
@ProcessingGroup(SyncCursorProjection.GROUP)
public class SyncCursorProjection {

    public static final String GROUP = "sync-cursors";

    private final SyncCursorRepository cursors;

    SyncCursorProjection(SyncCursorRepository cursors) {
        this.cursors = cursors;
    }

    @EventHandler
    void on(SyncWindowCompletedEvent event) {
        SyncCursorEntity cursor = cursorOf(event);
        cursor.completed(event);
        cursors.save(cursor);
    }

    @EventHandler
    void on(SyncWindowFailedEvent event) {
        SyncCursorEntity cursor = cursorOf(event);
        cursor.failed(event);
        cursors.save(cursor);
    }

    @ResetHandler
    void reset() {
        cursors.deleteAllInBatch();
    }

    @QueryHandler
    Optional<SyncCursorView> handle(FindSyncCursorQuery query) {
        return cursors.findById(
                        SyncCursorId.of(query.accountId(), query.dataSet()).value())
                .map(SyncCursorEntity::toView);
    }

    @QueryHandler
    List<SyncCursorView> handle(ListSyncCursorsQuery query) {
        List<SyncCursorEntity> rows = query.accountId() == null
                ? cursors.findAllByOrderByAccountIdAscDataSetAsc()
                : cursors.findByAccountIdOrderByDataSetAsc(query.accountId().value());
        return rows.stream().map(SyncCursorEntity::toView).toList();
    }

    private SyncCursorEntity cursorOf(SyncCursorEvent event) {
        return cursors.findById(event.cursorId().value())
                .orElseGet(() -> new SyncCursorEntity(event.cursorId().value(), event.accountId(), event.dataSet()));
    }
}
