// SPDX-License-Identifier: Apache-2.0
package io.sellersync.integration.orders;

import io.sellersync.messages.accounts.AccountId;
import io.sellersync.messages.orders.OrderSyncState;
import io.sellersync.messages.orders.OrderSyncStatusView;
import io.sellersync.messages.sync.SyncWindowKind;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * What each account's order sync is doing right now (this node's runs), for "Sync now" with live progress: state,
 * kind, window, pages and orders read so far, start and finish, last error. Kept in memory: a restart forgets the
 * progress of a run, never the data (the cursor and the orders are event-sourced). Start and finish are this
 * machine's time (when it happened here); the window is Amazon's clock.
 */
@Component
public class OrderSyncProgress {

    private static final class Run {
        OrderSyncState state = OrderSyncState.IDLE;
        SyncWindowKind kind;
        Instant windowFrom;
        Instant windowTo;
        int pages;
        int orders;
        Instant startedAt;
        Instant finishedAt;
        String lastError;
    }

    private final Map<AccountId, Run> runs = new ConcurrentHashMap<>();

    private Run run(AccountId accountId) {
        return runs.computeIfAbsent(accountId, id -> new Run());
    }

    void queued(AccountId accountId, SyncWindowKind kind) {
        Run run = run(accountId);
        synchronized (run) {
            if (run.state != OrderSyncState.RUNNING) {
                run.state = OrderSyncState.QUEUED;
                run.kind = kind;
            }
        }
    }

    void started(AccountId accountId, SyncWindowKind kind, Instant at) {
        Run run = run(accountId);
        synchronized (run) {
            run.state = OrderSyncState.RUNNING;
            run.kind = kind;
            run.pages = 0;
            run.orders = 0;
            run.windowFrom = null;
            run.windowTo = null;
            run.startedAt = at;
            run.finishedAt = null;
            run.lastError = null;
        }
    }

    void window(AccountId accountId, Instant from, Instant to) {
        Run run = run(accountId);
        synchronized (run) {
            if (run.windowFrom == null || from.isBefore(run.windowFrom)) {
                run.windowFrom = from;
            }
            run.windowTo = to;
        }
    }

    void page(AccountId accountId) {
        Run run = run(accountId);
        synchronized (run) {
            run.pages++;
        }
    }

    void orders(AccountId accountId, int n) {
        Run run = run(accountId);
        synchronized (run) {
            run.orders += n;
        }
    }

    void finished(AccountId accountId, String error, Instant at) {
        Run run = run(accountId);
        synchronized (run) {
            run.state = error == null ? OrderSyncState.IDLE : OrderSyncState.FAILED;
            run.finishedAt = at;
            run.lastError = error;
        }
    }

    OrderSyncStatusView view(AccountId accountId, Instant cursor, Instant nextRunAt) {
        Run run = run(accountId);
        synchronized (run) {
            return new OrderSyncStatusView(
                    accountId,
                    run.state,
                    run.kind,
                    run.windowFrom,
                    run.windowTo,
                    run.pages,
                    run.orders,
                    run.startedAt,
                    run.finishedAt,
                    run.lastError,
                    cursor,
                    nextRunAt);
        }
    }

    List<AccountId> known() {
        return List.copyOf(runs.keySet());
    }
}
