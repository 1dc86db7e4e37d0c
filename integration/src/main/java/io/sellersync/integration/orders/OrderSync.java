// SPDX-License-Identifier: Apache-2.0
package io.sellersync.integration.orders;

import io.sellersync.integration.spapi.LwaTokens;
import io.sellersync.integration.spapi.Pages;
import io.sellersync.integration.spapi.SpApiAccount;
import io.sellersync.integration.spapi.SpApiAccounts;
import io.sellersync.integration.spapi.SpApiClients;
import io.sellersync.integration.spapi.SpApiException;
import io.sellersync.integration.spapi.SpApiFailures;
import io.sellersync.integration.spapi.api.OrdersApi;
import io.sellersync.integration.spapi.generated.orders.GetOrderResponse;
import io.sellersync.integration.spapi.generated.orders.Order;
import io.sellersync.integration.spapi.generated.orders.SearchOrdersResponse;
import io.sellersync.messages.accounts.AccountId;
import io.sellersync.messages.accounts.AccountView;
import io.sellersync.messages.orders.AmazonOrderId;
import io.sellersync.messages.shared.BusinessException;
import io.sellersync.messages.shared.ErrorCode;
import io.sellersync.messages.shared.MarketplaceId;
import io.sellersync.messages.sync.CompleteSyncWindowCommand;
import io.sellersync.messages.sync.FindSyncCursorQuery;
import io.sellersync.messages.sync.RecordSyncWindowFailedCommand;
import io.sellersync.messages.sync.SyncCursorId;
import io.sellersync.messages.sync.SyncCursorView;
import io.sellersync.messages.sync.SyncDataSet;
import io.sellersync.messages.sync.SyncWindowKind;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Reads an account's orders from Orders 2026-01-01 {@code searchOrders} window by window (all enabled marketplaces in
 * one search, 100 a page, following {@code paginationToken}) and sends one {@code ImportOrderCommand} per order; the
 * {@code AmazonOrder} aggregate keeps only what is newer. A window is complete only when its last page was read and
 * every command accepted; then the cursor records it. A failure records the window as failed and leaves the cursor
 * where it was, so the next run reads it again (an interrupted run simply redoes its window).
 *
 * <p>Incremental runs and sweeps search by {@code lastUpdatedAfter/Before}: from the cursor minus {@code overlap} (the
 * first run from {@code initial-import} back) up to {@code settle} before now; sweeps the last {@code sweep}.
 * Backfills search by {@code createdAfter/Before}. An SP-API refusal of the access token (it expired mid-run) makes
 * the token be fetched anew and the page asked again; an expired {@code paginationToken} makes the window start over.
 * Amazon's clock is taken to be ours (the application clock).
 */
@Component
public class OrderSync {

    private static final Logger log = LoggerFactory.getLogger(OrderSync.class);
    private static final int CATCH_UP_ROUNDS = 5;
    private static final Duration CATCH_UP_GAP = Duration.ofMinutes(1);
    static final int PAGE_SIZE = 100;
    static final List<String> INCLUDED = List.of("FULFILLMENT", "PROCEEDS", "PROMOTION", "PACKAGES");
    static final List<String> PII = List.of("BUYER", "RECIPIENT");

    /** One window on Amazon's clock, {@code [from, to)}. */
    public record Window(Instant from, Instant to) {}

    /** How a run went: windows completed, orders read, and the failure in words if one stopped it. */
    public record Outcome(int windows, long orders, String failure) {

        public boolean failed() {
            return failure != null;
        }
    }

    private final SpApiAccounts accounts;
    private final SpApiClients clients;
    private final LwaTokens lwa;
    private final CommandGateway commands;
    private final QueryGateway queries;
    private final OrderRecorder recorder;
    private final DispatchWatch watch;
    private final OrderSyncProgress progress;
    private final OrdersProperties properties;
    private final Clock clock;
    /** Accounts Amazon refused buyer data to (no PII roles): asked without it until a restart. */
    private final Set<AccountId> withoutBuyerData = ConcurrentHashMap.newKeySet();

    OrderSync(
            SpApiAccounts accounts,
            SpApiClients clients,
            LwaTokens lwa,
            CommandGateway commands,
            QueryGateway queries,
            OrderRecorder recorder,
            DispatchWatch watch,
            OrderSyncProgress progress,
            OrdersProperties properties,
            Clock clock) {
        this.accounts = accounts;
        this.clients = clients;
        this.lwa = lwa;
        this.commands = commands;
        this.queries = queries;
        this.recorder = recorder;
        this.watch = watch;
        this.progress = progress;
        this.properties = properties;
        this.clock = clock;
    }

    /** The windows of an incremental run from the cursor (null before the first) up to now. */
    static List<Window> incremental(Instant cursor, Instant now, OrdersProperties properties) {
        Instant end = now.minus(properties.settle());
        Instant start = cursor == null ? end.minus(properties.initialImport()) : cursor.minus(properties.overlap());
        return chunks(start, end, properties.maxWindow());
    }

    /** The windows of a sweep of the last {@code sweep} up to now. */
    static List<Window> sweep(Instant now, OrdersProperties properties) {
        Instant end = now.minus(properties.settle());
        return chunks(end.minus(properties.sweep()), end, properties.maxWindow());
    }

    static List<Window> chunks(Instant from, Instant to, Duration size) {
        List<Window> windows = new ArrayList<>();
        Instant start = from;
        while (start.isBefore(to)) {
            Instant end = start.plus(size).isBefore(to) ? start.plus(size) : to;
            windows.add(new Window(start, end));
            start = end;
        }
        return windows;
    }

    /**
     * An incremental run, or a sweep, for the account: window after window until one fails; an incremental run then
     * re-reads the orders awaiting dispatch with {@code getOrder}. An incremental run continues from where it got to
     * while Amazon's clock has moved on by more than a minute, at most a few times.
     */
    public Outcome run(AccountId accountId, SyncWindowKind kind) {
        progress.started(accountId, kind, Instant.now());
        Outcome outcome;
        try {
            outcome = kind == SyncWindowKind.SWEEP
                    ? readAll(accountId, sweep(clock.instant(), properties), kind, new Outcome(0, 0, null))
                    : incrementalRun(accountId);
            if (!outcome.failed() && kind == SyncWindowKind.INCREMENTAL) {
                String rereadFailure = reread(accountId);
                if (rereadFailure != null) {
                    outcome = new Outcome(outcome.windows(), outcome.orders(), rereadFailure);
                }
            }
        } catch (RuntimeException e) {
            log.warn("Order sync of account {} failed", accountId, e);
            outcome = new Outcome(0, 0, "The order sync failed: " + e.getMessage());
        }
        progress.finished(accountId, outcome.failure(), Instant.now());
        return outcome;
    }

    private Outcome incrementalRun(AccountId accountId) {
        Instant cursor = cursor(accountId);
        List<Window> windows = incremental(cursor, clock.instant(), properties);
        Outcome outcome = new Outcome(0, 0, null);
        for (int round = 0; round < CATCH_UP_ROUNDS && !windows.isEmpty(); round++) {
            outcome = readAll(accountId, windows, SyncWindowKind.INCREMENTAL, outcome);
            if (outcome.failed()) {
                return outcome;
            }
            Instant reached = windows.get(windows.size() - 1).to();
            Instant end = clock.instant().minus(properties.settle());
            windows =
                    end.isAfter(reached.plus(CATCH_UP_GAP)) ? chunks(reached, end, properties.maxWindow()) : List.of();
        }
        return outcome;
    }

    Instant cursor(AccountId accountId) {
        return queries.query(
                        new FindSyncCursorQuery(accountId, SyncDataSet.ORDERS),
                        ResponseTypes.optionalInstanceOf(SyncCursorView.class))
                .join()
                .map(SyncCursorView::position)
                .orElse(null);
    }

    private Outcome readAll(AccountId accountId, List<Window> windows, SyncWindowKind kind, Outcome before) {
        int done = before.windows();
        long seen = before.orders();
        for (Window window : windows) {
            Outcome one = read(accountId, window, kind);
            if (one.failed()) {
                return new Outcome(done, seen + one.orders(), one.failure());
            }
            done++;
            seen += one.orders();
        }
        return new Outcome(done, seen, null);
    }

    /**
     * Reads one window ({@code BACKFILL}: by creation time, else by last update) and records it on the cursor, as
     * completed or failed. Never throws for Amazon's or the account's failures: they are the outcome, in words.
     */
    public Outcome read(AccountId accountId, Window window, SyncWindowKind kind) {
        SyncCursorId cursor = SyncCursorId.of(accountId, SyncDataSet.ORDERS);
        progress.window(accountId, window.from(), window.to());
        long seen = 0;
        String failure;
        String requestId = null;
        try {
            AccountView view = authorized(accountId);
            SpApiAccount account = accounts.forAccount(view);
            OrdersApi api = clients.client(OrdersApi.class, account);
            seen = readWindow(api, account, view, window, kind == SyncWindowKind.BACKFILL);
            commands.sendAndWait(new CompleteSyncWindowCommand(
                    cursor,
                    accountId,
                    SyncDataSet.ORDERS,
                    kind,
                    window.from(),
                    window.to(),
                    (int) Math.min(Integer.MAX_VALUE, seen),
                    clock.instant()));
            return new Outcome(1, seen, null);
        } catch (SpApiException e) {
            accounts.reportIfUnauthorized(accountId, e);
            failure = SpApiFailures.explain(e, SpApiFailures.Retry.SCHEDULED);
            requestId = e.requestId();
        } catch (OrderMapper.MalformedOrder | BusinessException e) {
            failure = e.getMessage();
        } catch (RuntimeException e) {
            log.warn("Reading orders of account {} from {} to {} failed", accountId, window.from(), window.to(), e);
            failure = "Reading the orders failed: " + e.getMessage();
        }
        if (Thread.currentThread().isInterrupted()) {
            // Shutting down (db-scheduler interrupts what is still running): not a failure of the window, which the
            // next run reads again from the cursor.
            return new Outcome(0, seen, SpApiFailures.SHUTTING_DOWN);
        }
        try {
            commands.sendAndWait(new RecordSyncWindowFailedCommand(
                    cursor,
                    accountId,
                    SyncDataSet.ORDERS,
                    kind,
                    window.from(),
                    window.to(),
                    failure,
                    requestId,
                    clock.instant()));
        } catch (RuntimeException e) {
            log.warn("Could not record the failed window of account {}", accountId, e);
        }
        return new Outcome(0, seen, failure);
    }

    private long readWindow(OrdersApi api, SpApiAccount account, AccountView view, Window window, boolean byCreated) {
        List<String> marketplaces =
                view.marketplaces().stream().map(MarketplaceId::value).toList();
        String from = window.from().toString();
        String to = window.to().toString();
        AccountId accountId = view.accountId();
        for (int attempt = 1; ; attempt++) {
            try {
                Instant seenAt = clock.instant();
                return recorder.record(
                        accountId,
                        Pages.<Order>stream(token -> {
                                    SearchOrdersResponse r = call(
                                            account,
                                            accountId,
                                            included -> api.searchOrders(
                                                    byCreated ? from : null,
                                                    byCreated ? to : null,
                                                    byCreated ? null : from,
                                                    byCreated ? null : to,
                                                    marketplaces,
                                                    PAGE_SIZE,
                                                    token,
                                                    included));
                                    progress.page(accountId);
                                    return new Pages.Page<>(
                                            r == null ? List.of() : r.getOrders(),
                                            r == null || r.getPagination() == null
                                                    ? null
                                                    : r.getPagination().getNextToken());
                                })
                                .map(o -> OrderMapper.map(o, seenAt)),
                        seenAt,
                        n -> progress.orders(accountId, n));
            } catch (SpApiException.InvalidInput e) {
                if (attempt < 3 && mentionsPaginationToken(e)) {
                    log.info("The paginationToken of account {} expired; reading the window again", accountId);
                    continue;
                }
                throw e;
            } catch (IllegalStateException e) {
                if (attempt < 3
                        && e.getCause() instanceof SpApiException.InvalidInput invalid
                        && mentionsPaginationToken(invalid)) {
                    continue;
                }
                throw e;
            }
        }
    }

    private static boolean mentionsPaginationToken(SpApiException e) {
        String message = e.getMessage();
        return message != null && message.toLowerCase(Locale.ROOT).contains("paginationtoken");
    }

    /**
     * One call with the blocks to include: a refused access token (expired mid-run) is fetched anew and the call made
     * again; a refusal that persists while buyer data was asked for is taken as missing PII roles, and the call is
     * made again without it (the import works without buyer data).
     */
    private <T> T call(SpApiAccount account, AccountId accountId, java.util.function.Function<List<String>, T> call) {
        boolean refreshed = false;
        while (true) {
            boolean pii = properties.buyerData() && !withoutBuyerData.contains(accountId);
            List<String> included = new ArrayList<>(INCLUDED);
            if (pii) {
                included.addAll(PII);
            }
            try {
                return call.apply(included);
            } catch (SpApiException.Unauthorized e) {
                if (e.reason() != null) {
                    throw e;
                }
                if (!refreshed) {
                    lwa.forget(account.accountId());
                    refreshed = true;
                } else if (pii) {
                    log.info("Amazon refused buyer data of account {}; orders are read without it", accountId);
                    withoutBuyerData.add(accountId);
                } else {
                    throw e;
                }
            }
        }
    }

    /**
     * Re-reads, with {@code getOrder}, the orders awaiting dispatch that the list has not shown for
     * {@code reread-after}, at most {@code reread-batch}; answers the failure in words, or null.
     */
    String reread(AccountId accountId) {
        if (properties.rereadBatch() == 0) {
            return null;
        }
        try {
            AccountView view = authorized(accountId);
            SpApiAccount account = accounts.forAccount(view);
            OrdersApi api = clients.client(OrdersApi.class, account);
            Instant now = clock.instant();
            for (String amazonOrderId :
                    watch.due(accountId, now.minus(properties.rereadAfter()), properties.rereadBatch())) {
                try {
                    GetOrderResponse r = call(account, accountId, included -> api.getOrder(amazonOrderId, included));
                    if (r != null && r.getOrder() != null) {
                        recorder.recordOne(accountId, OrderMapper.map(r.getOrder(), clock.instant()), clock.instant());
                    }
                } catch (SpApiException.NotFound e) {
                    watch.forget(AmazonOrderId.of(accountId, amazonOrderId));
                }
            }
            return null;
        } catch (SpApiException e) {
            accounts.reportIfUnauthorized(accountId, e);
            return "Re-reading orders awaiting dispatch: " + SpApiFailures.explain(e, SpApiFailures.Retry.SCHEDULED);
        } catch (RuntimeException e) {
            log.warn("Re-reading orders awaiting dispatch of account {} failed", accountId, e);
            return "Re-reading orders awaiting dispatch failed: " + e.getMessage();
        }
    }

    private AccountView authorized(AccountId accountId) {
        AccountView view = accounts.view(accountId);
        if (view.needsReauthorization() != null) {
            throw new BusinessException(
                    ErrorCode.CONFLICT,
                    "accountId",
                    "The account needs re-authorization: " + view.needsReauthorization());
        }
        return view;
    }
}
