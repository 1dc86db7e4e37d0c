// SPDX-License-Identifier: Apache-2.0
package io.sellersync.integration.orders;

import io.sellersync.messages.accounts.AccountId;
import io.sellersync.messages.orders.AmazonOrderId;
import io.sellersync.messages.orders.ImportOrderCommand;
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
import java.util.function.IntConsumer;
import java.util.stream.Stream;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.springframework.stereotype.Component;

/**
 * Sends one {@link ImportOrderCommand} per order, in batches of {@value #BATCH} whose commands run nested in one unit
 * of work (one database transaction), {@code commands-in-flight} batches at a time. The buyer data of each order goes
 * straight into {@link BuyerDataTable} in the same transaction, and the awaiting-dispatch watch list is kept up to
 * date. It returns only when every batch has finished; any refusal fails the whole run, so a window is never completed
 * with an order missing. Re-sending is harmless: the aggregate ignores what is not newer.
 */
@Component
public class OrderRecorder {

    static final int BATCH = 50;

    private final CommandGateway commands;
    private final TransactionManager transactionManager;
    private final BuyerDataTable buyers;
    private final DispatchWatch watch;
    private final int inFlight;
    private final ExecutorService senders;

    OrderRecorder(
            CommandGateway commands,
            TransactionManager transactionManager,
            BuyerDataTable buyers,
            DispatchWatch watch,
            OrdersProperties properties) {
        this.commands = commands;
        this.transactionManager = transactionManager;
        this.buyers = buyers;
        this.watch = watch;
        this.inFlight = properties.commandsInFlight();
        AtomicInteger n = new AtomicInteger();
        this.senders = Executors.newFixedThreadPool(inFlight, r -> {
            Thread thread = new Thread(r, "orders-record-" + n.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Records every order of the stream; {@code progress} hears each order counted; returns how many there were. */
    public long record(AccountId accountId, Stream<OrderMapper.Mapped> orders, Instant seenAt, IntConsumer progress) {
        Semaphore slots = new Semaphore(inFlight);
        AtomicReference<Throwable> failed = new AtomicReference<>();
        List<CompletableFuture<?>> pending = new ArrayList<>();
        List<OrderMapper.Mapped> batch = new ArrayList<>(BATCH);
        long[] count = {0};
        try {
            orders.forEach(o -> {
                if (failed.get() != null) {
                    return;
                }
                count[0]++;
                progress.accept(1);
                batch.add(o);
                if (batch.size() == BATCH) {
                    pending.add(send(accountId, List.copyOf(batch), seenAt, slots, failed));
                    batch.clear();
                }
            });
            if (!batch.isEmpty() && failed.get() == null) {
                pending.add(send(accountId, List.copyOf(batch), seenAt, slots, failed));
            }
        } finally {
            CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new))
                    .exceptionally(e -> null)
                    .join();
        }
        Throwable error = failed.get();
        if (error != null) {
            throw new IllegalStateException(
                    "an order could not be recorded: "
                            + Optional.ofNullable(error.getMessage()).orElse(error.toString()),
                    error);
        }
        return count[0];
    }

    /** Records one order in its own unit of work (a {@code getOrder} re-read). */
    public void recordOne(AccountId accountId, OrderMapper.Mapped order, Instant seenAt) {
        inOneTransaction(accountId, List.of(order), seenAt);
    }

    private CompletableFuture<?> send(
            AccountId accountId,
            List<OrderMapper.Mapped> batch,
            Instant seenAt,
            Semaphore slots,
            AtomicReference<Throwable> failed) {
        slots.acquireUninterruptibly();
        return CompletableFuture.runAsync(() -> inOneTransaction(accountId, batch, seenAt), senders)
                .whenComplete((ok, error) -> {
                    slots.release();
                    if (error != null) {
                        failed.compareAndSet(null, error.getCause() == null ? error : error.getCause());
                    }
                });
    }

    private void inOneTransaction(AccountId accountId, List<OrderMapper.Mapped> batch, Instant seenAt) {
        DefaultUnitOfWork<?> unit = DefaultUnitOfWork.startAndGet(null);
        unit.attachTransaction(transactionManager);
        try {
            for (OrderMapper.Mapped mapped : batch) {
                AmazonOrderId id = AmazonOrderId.of(accountId, mapped.order().amazonOrderId());
                commands.sendAndWait(new ImportOrderCommand(id, accountId, mapped.order(), seenAt));
                if (mapped.buyer() != null) {
                    buyers.save(id, accountId, mapped.buyer(), seenAt);
                }
                watch.seen(id, accountId, mapped.order(), seenAt);
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
