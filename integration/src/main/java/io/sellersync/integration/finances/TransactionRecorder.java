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
import org.springframework.stereotype.Component;

/**
 * Sends one {@link RecordTransactionCommand} per transaction, {@code commands-in-flight} at a time on threads of its
 * own (the command bus runs a command in the sending thread, so parallel senders are what overlaps the commits), and
 * returns only when every command has finished; any refusal fails the whole batch, so a window is never completed
 * with a transaction missing.
 */
@Component
public class TransactionRecorder {

    private final CommandGateway commands;
    private final int inFlight;
    private final ExecutorService senders;

    TransactionRecorder(CommandGateway commands, FinancesProperties properties) {
        this.commands = commands;
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
        long[] count = {0};
        try {
            transactions.forEach(t -> {
                if (failed.get() != null) {
                    return;
                }
                count[0]++;
                slots.acquireUninterruptibly();
                RecordTransactionCommand command = new RecordTransactionCommand(
                        FinancialTransactionId.of(accountId, t.transactionId()), accountId, t, seenAt);
                pending.add(CompletableFuture.runAsync(() -> commands.sendAndWait(command), senders)
                        .whenComplete((ok, error) -> {
                            slots.release();
                            if (error != null) {
                                failed.compareAndSet(null, error.getCause() == null ? error : error.getCause());
                            }
                        }));
            });
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

    @PreDestroy
    void stop() {
        senders.shutdownNow();
    }
}
