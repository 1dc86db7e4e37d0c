// SPDX-License-Identifier: Apache-2.0
package io.sellersync.integration.finances;

import io.sellersync.messages.accounts.AccountId;
import io.sellersync.messages.finances.AmazonTransaction;
import io.sellersync.messages.finances.FinancialTransactionId;
import io.sellersync.messages.finances.RecordTransactionCommand;
import jakarta.annotation.PreDestroy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.springframework.stereotype.Component;

/**
 * Sends one {@link RecordTransactionCommand} per transaction, in batches of {@value #BATCH} whose commands run nested in
 * one unit of work (one database transaction, one commit — the commit, not the command, is what costs), with
 * {@code commands-in-flight} batches at a time on threads of its own (the command bus runs a command in the sending
 * thread). It returns only when every batch has finished; any refusal fails the whole run, so a window is never
 * completed with a transaction missing. Re-sending a batch is harmless: the aggregate ignores what it already has.
 */
@Component
public class TransactionRecorder {

    /** Transactions recorded in one database transaction. */
    static final int BATCH = 50;

    private final CommandGateway commands;
    private final TransactionManager transactionManager;
    private final int inFlight;
    private final ExecutorService senders;

    TransactionRecorder(CommandGateway commands, TransactionManager transactionManager, FinancesProperties properties) {
        this.commands = commands;
        this.transactionManager = transactionManager;
        this.inFlight = properties.commandsInFlight();
        AtomicInteger n = new AtomicInteger();
        this.senders = Executors.newFixedThreadPool(inFlight, r -> {
            Thread thread = new Thread(r, "transactions-record-" + n.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Records every transaction of the stream; returns how many there were. */
    public long record(AccountId accountId, Stream<AmazonTransaction> transactions, Instant seenAt) {
        Semaphore slots = new Semaphore(inFlight);
        AtomicReference<Throwable> failed = new AtomicReference<>();
        List<CompletableFuture<?>> pending = new ArrayList<>();
        List<RecordTransactionCommand> batch = new ArrayList<>(BATCH);
        long[] count = {0};
        try {
            transactions.forEach(t -> {
                if (failed.get() != null) {
                    return;
                }
                count[0]++;
                batch.add(new RecordTransactionCommand(
                        FinancialTransactionId.of(accountId, t.transactionId()), accountId, t, seenAt));
                if (batch.size() == BATCH) {
                    pending.add(send(List.copyOf(batch), slots, failed));
                    batch.clear();
                }
            });
            if (!batch.isEmpty() && failed.get() == null) {
                pending.add(send(List.copyOf(batch), slots, failed));
            }
        } finally {
            CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new))
                    .exceptionally(e -> null)
                    .join();
        }
        Throwable error = failed.get();
        if (error != null) {
            throw new IllegalStateException(
                    "a transaction could not be recorded: "
                            + Optional.ofNullable(error.getMessage()).orElse(error.toString()),
                    error);
        }
        return count[0];
    }

    private CompletableFuture<?> send(
            List<RecordTransactionCommand> batch, Semaphore slots, AtomicReference<Throwable> failed) {
        slots.acquireUninterruptibly();
        return CompletableFuture.runAsync(() -> inOneTransaction(batch), senders)
                .whenComplete((ok, error) -> {
                    slots.release();
                    if (error != null) {
                        failed.compareAndSet(null, error.getCause() == null ? error : error.getCause());
                    }
                });
    }

    /**
     * The batch's commands run nested in one unit of work, so their events are stored in one database transaction:
     * all of them or, when one is refused, none (the window then fails and is read again).
     */
    private void inOneTransaction(List<RecordTransactionCommand> batch) {
        DefaultUnitOfWork<?> unit = DefaultUnitOfWork.startAndGet(null);
        unit.attachTransaction(transactionManager);
        try {
            for (RecordTransactionCommand command : batch) {
                commands.sendAndWait(command);
            }
        } catch (RuntimeException e) {
            unit.rollback(e);
            throw e;
        }
        unit.commit();
    }

    @PreDestroy
    void stop() {
        senders.shutdownNow();
    }
}
