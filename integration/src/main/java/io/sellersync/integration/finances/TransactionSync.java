// SPDX-License-Identifier: Apache-2.0
package io.sellersync.integration.finances;

import io.sellersync.integration.spapi.Pages;
import io.sellersync.integration.spapi.SpApiAccount;
import io.sellersync.integration.spapi.SpApiAccounts;
import io.sellersync.integration.spapi.SpApiClients;
import io.sellersync.integration.spapi.SpApiException;
import io.sellersync.integration.spapi.SpApiFailures;
import io.sellersync.integration.spapi.api.FinancesApi;
import io.sellersync.integration.spapi.generated.finances.ListTransactionsResponse;
import io.sellersync.integration.spapi.generated.finances.Transaction;
import io.sellersync.messages.accounts.AccountId;
import io.sellersync.messages.accounts.AccountView;
import io.sellersync.messages.shared.BusinessException;
import io.sellersync.messages.shared.MarketplaceId;
import io.sellersync.messages.sync.CompleteSyncWindowCommand;
import io.sellersync.messages.sync.FindSyncCursorQuery;
import io.sellersync.messages.sync.RecordSyncWindowFailedCommand;
import io.sellersync.messages.sync.SyncCursorId;
import io.sellersync.messages.sync.SyncCursorView;
import io.sellersync.messages.sync.SyncDataSet;
import io.sellersync.messages.sync.SyncWindowKind;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Reads an account's transactions from Finances 2024-06-19 window by window and sends one
 * {@link RecordTransactionCommand} per transaction; the {@code FinancialTransaction} aggregate decides what is new or
 * changed, so re-reading is harmless. A window is complete only when every page of every enabled marketplace was
 * read and every command accepted; then the cursor records it ({@code CompleteSyncWindowCommand}). A failure records
 * the window as failed and leaves the cursor where it was, so the next run reads it again.
 *
 * Transactions are recorded by {@link TransactionRecorder}, several in flight.
 *
 * <p>Incremental runs start {@code overlap} before the cursor (72 h by default: Amazon posts late and changes deferred
 * transactions in place), end {@code settle} before now, and go in windows of at most {@code maxWindow}; the first
 * run reaches back {@code initialImport}. Sweeps re-read the last {@code sweep}. Amazon's clock is taken to be ours.
 */
@Component
public class TransactionSync {

    private static final Logger log = LoggerFactory.getLogger(TransactionSync.class);
    private static final int CATCH_UP_ROUNDS = 5;
    private static final java.time.Duration CATCH_UP_GAP = java.time.Duration.ofMinutes(1);

    /** One window on Amazon's clock, {@code [from, to)}. */
    public record Window(Instant from, Instant to) {}

    /** How a run went: windows completed, transactions read, and the failure in words if one stopped it. */
    public record Outcome(int windows, long transactions, String failure) {

        public boolean failed() {
            return failure != null;
        }
    }

    private final SpApiAccounts accounts;
    private final SpApiClients clients;
    private final CommandGateway commands;
    private final TransactionRecorder recorder;
    private final QueryGateway queries;
    private final FinancesProperties properties;
    private final Clock clock;

    TransactionSync(
            SpApiAccounts accounts,
            SpApiClients clients,
            CommandGateway commands,
            TransactionRecorder recorder,
            QueryGateway queries,
            FinancesProperties properties,
            Clock clock) {
        this.accounts = accounts;
        this.clients = clients;
        this.commands = commands;
        this.recorder = recorder;
        this.queries = queries;
        this.properties = properties;
        this.clock = clock;
    }

    /** The windows of an incremental run from the cursor (null before the first) up to now. */
    static List<Window> incremental(Instant cursor, Instant now, FinancesProperties properties) {
        Instant end = now.minus(properties.settle());
        Instant start = cursor == null ? end.minus(properties.initialImport()) : cursor.minus(properties.overlap());
        return chunks(start, end, properties.maxWindow());
    }

    /** The windows of a sweep of the last {@code sweep} up to now. */
    static List<Window> sweep(Instant now, FinancesProperties properties) {
        Instant end = now.minus(properties.settle());
        return chunks(end.minus(properties.sweep()), end, properties.maxWindow());
    }

    static List<Window> chunks(Instant from, Instant to, java.time.Duration size) {
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
     * An incremental run, or a sweep, for the account: window after window until one fails. An incremental run then
     * continues from where it got to while Amazon's clock has moved on by more than a minute (a "sync now" that joined
     * the running run is served by it), at most a few times.
     */
    public Outcome run(AccountId accountId, SyncWindowKind kind) {
        if (kind == SyncWindowKind.SWEEP) {
            return readAll(accountId, sweep(clock.instant(), properties), kind, new Outcome(0, 0, null));
        }
        Instant cursor = queries.query(
                        new FindSyncCursorQuery(accountId, SyncDataSet.TRANSACTIONS),
                        ResponseTypes.optionalInstanceOf(SyncCursorView.class))
                .join()
                .map(SyncCursorView::position)
                .orElse(null);
        List<Window> windows = incremental(cursor, clock.instant(), properties);
        Outcome outcome = new Outcome(0, 0, null);
        for (int round = 0; round < CATCH_UP_ROUNDS && !windows.isEmpty(); round++) {
            outcome = readAll(accountId, windows, kind, outcome);
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

    private Outcome readAll(AccountId accountId, List<Window> windows, SyncWindowKind kind, Outcome before) {
        int done = before.windows();
        long seen = before.transactions();
        for (Window window : windows) {
            Outcome one = read(accountId, window, kind);
            if (one.failed()) {
                return new Outcome(done, seen + one.transactions(), one.failure());
            }
            done++;
            seen += one.transactions();
        }
        return new Outcome(done, seen, null);
    }

    /**
     * Reads one window for every enabled marketplace of the account and records it on the cursor, as completed or
     * failed. Never throws for Amazon's or the account's failures: they are the outcome, in words.
     */
    public Outcome read(AccountId accountId, Window window, SyncWindowKind kind) {
        SyncCursorId cursor = SyncCursorId.of(accountId, SyncDataSet.TRANSACTIONS);
        long seen = 0;
        String failure;
        String requestId = null;
        try {
            AccountView view = accounts.view(accountId);
            if (view.needsReauthorization() != null) {
                throw new BusinessException(
                        io.sellersync.messages.shared.ErrorCode.CONFLICT,
                        "accountId",
                        "The account needs re-authorization: " + view.needsReauthorization());
            }
            SpApiAccount account = accounts.forAccount(view);
            FinancesApi api = clients.client(FinancesApi.class, account);
            for (MarketplaceId marketplace : view.marketplaces()) {
                seen += readMarketplace(api, accountId, marketplace, window);
            }
            commands.sendAndWait(new CompleteSyncWindowCommand(
                    cursor,
                    accountId,
                    SyncDataSet.TRANSACTIONS,
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
        } catch (TransactionMapper.MalformedTransaction e) {
            failure = e.getMessage();
        } catch (BusinessException e) {
            failure = e.getMessage();
        } catch (RuntimeException e) {
            log.warn(
                    "Reading transactions of account {} from {} to {} failed",
                    accountId,
                    window.from(),
                    window.to(),
                    e);
            failure = "Reading the transactions failed: " + e.getMessage();
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
                    SyncDataSet.TRANSACTIONS,
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

    private long readMarketplace(FinancesApi api, AccountId accountId, MarketplaceId marketplace, Window window) {
        String after = window.from().toString();
        String before = window.to().toString();
        return recorder.record(
                accountId,
                Pages.<Transaction>stream(
                                token -> page(api.listTransactions(after, before, marketplace.value(), null, token)))
                        .map(t -> TransactionMapper.map(t, marketplace.value())),
                clock.instant());
    }

    private static Pages.Page<Transaction> page(ListTransactionsResponse response) {
        if (response == null || response.getPayload() == null) {
            return new Pages.Page<>(List.of(), null);
        }
        return new Pages.Page<>(
                response.getPayload().getTransactions(), response.getPayload().getNextToken());
    }
}
