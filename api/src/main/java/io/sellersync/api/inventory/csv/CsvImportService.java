// SPDX-License-Identifier: Apache-2.0
package io.sellersync.api.inventory.csv;

import io.sellersync.messages.inventory.CreateInventoryItemCommand;
import io.sellersync.messages.inventory.FindInventoryItemsByLocalSkuQuery;
import io.sellersync.messages.inventory.InventoryItemId;
import io.sellersync.messages.inventory.InventoryItemView;
import io.sellersync.messages.shared.BusinessException;
import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * Imports a CSV all rows or none: the file is checked completely first (every field, duplicate SKUs in the file and
 * against the inventory); only a file without a single error is imported, one {@link CreateInventoryItemCommand} per
 * row, eight in flight. Item ids derive from the import id and the line, so sending the same import again (a second
 * click, a retry after a crash) creates nothing twice. The file is read twice as a stream rather than held in memory.
 */
@Service
public class CsvImportService {

    /** The outcome: rows imported (0 when the preview has errors — then nothing was written). */
    public record ImportResult(String importId, int imported, CsvPreview preview) {
        public boolean succeeded() {
            return preview.importable();
        }
    }

    /** How far a running import is. */
    public record Progress(int total, int sent, boolean finished) {}

    static final int IN_FLIGHT = 8;
    private static final int SKU_BATCH = 1_000;
    private static final Logger log = LoggerFactory.getLogger(CsvImportService.class);

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final ExecutorService senders;
    private final Map<String, Progress> progress = new ConcurrentHashMap<>();

    CsvImportService(CommandGateway commands, QueryGateway queries) {
        this.commands = commands;
        this.queries = queries;
        AtomicInteger threads = new AtomicInteger();
        ThreadFactory factory = runnable -> {
            Thread thread = new Thread(runnable, "csv-import-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
        this.senders = Executors.newFixedThreadPool(IN_FLIGHT, factory);
    }

    @PreDestroy
    void stop() {
        senders.shutdownNow();
    }

    /** The item id of a line of an import: the same import and line always give the same id. */
    public static InventoryItemId itemId(String importId, int line) {
        return new InventoryItemId(UUID.nameUUIDFromBytes(
                        ("sellersync-csv-import/" + importId + "/" + line).getBytes(StandardCharsets.UTF_8))
                .toString());
    }

    /** Checks the file completely, including SKUs that the inventory already has (other than this import's own). */
    public CsvPreview preview(String importId, CsvSource source, CsvOptions options) {
        CsvPreview preview;
        try {
            preview = CsvImportParser.preview(source, options);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (preview.problem() != null || preview.localSkus().isEmpty()) {
            return preview;
        }
        return preview.withErrors(existingSkus(importId, preview), options.maxErrors());
    }

    public Optional<Progress> progress(String importId) {
        return Optional.ofNullable(progress.get(importId));
    }

    /**
     * Imports every row when the file has no error; otherwise writes nothing and returns the preview with the errors.
     * A failure while sending (the database gone) stops the import with a refusal; sending the same import again
     * continues where it stopped.
     */
    public ImportResult importAll(String importId, String fileName, CsvSource source, CsvOptions options) {
        CsvPreview preview = preview(importId, source, options);
        if (!preview.importable()) {
            return new ImportResult(importId, 0, preview);
        }
        long started = System.nanoTime();
        if (progress.size() > 100) {
            progress.values().removeIf(Progress::finished);
        }
        progress.put(importId, new Progress(preview.rowCount(), 0, false));
        Semaphore slots = new Semaphore(IN_FLIGHT);
        AtomicInteger sent = new AtomicInteger();
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        SecurityContext security = SecurityContextHolder.getContext();
        String name = fileName == null ? "upload.csv" : fileName;
        try {
            CsvImportParser.parse(source, options, row -> {
                if (failure.get() != null) {
                    throw new Stop();
                }
                CreateInventoryItemCommand command = new CreateInventoryItemCommand(
                        itemId(importId, row.line()),
                        row.localSku(),
                        row.asin(),
                        row.title(),
                        row.condition(),
                        row.price(),
                        row.quantity(),
                        row.cost(),
                        row.status(),
                        row.notes(),
                        "CSV import " + name + ", line " + row.line());
                slots.acquireUninterruptibly();
                senders.execute(() -> {
                    SecurityContextHolder.setContext(security);
                    try {
                        commands.sendAndWait(command);
                        int done = sent.incrementAndGet();
                        if (done % 1000 == 0) {
                            progress.put(importId, new Progress(preview.rowCount(), done, false));
                        }
                    } catch (RuntimeException e) {
                        failure.compareAndSet(null, refusal(row.line(), e));
                    } finally {
                        SecurityContextHolder.clearContext();
                        slots.release();
                    }
                });
            });
        } catch (Stop e) {
            // a command failed; the rest of the file is not sent
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            slots.acquireUninterruptibly(IN_FLIGHT);
            progress.put(importId, new Progress(preview.rowCount(), sent.get(), true));
        }
        if (failure.get() != null) {
            throw failure.get();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        log.info("CSV import {} ({}): {} items in {} s", importId, name, sent.get(), String.format("%.1f", seconds));
        return new ImportResult(importId, sent.get(), preview);
    }

    /** Waits (up to {@code timeout}) until the read model shows the item with this local SKU. */
    public boolean awaitVisible(String localSku, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        do {
            if (!find(List.of(localSku)).isEmpty()) {
                return true;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        } while (System.nanoTime() < deadline);
        return false;
    }

    private List<CsvError> existingSkus(String importId, CsvPreview preview) {
        List<CsvError> errors = new ArrayList<>();
        List<String> skus = new ArrayList<>(preview.localSkus().keySet());
        String column = preview.column(CsvField.LOCAL_SKU);
        for (int from = 0; from < skus.size(); from += SKU_BATCH) {
            for (InventoryItemView existing : find(skus.subList(from, Math.min(skus.size(), from + SKU_BATCH)))) {
                Integer line = preview.localSkus().get(existing.localSku());
                if (line == null || existing.itemId().equals(itemId(importId, line))) {
                    continue; // this import's own item: sent before, the aggregate ignores the same create again
                }
                errors.add(new CsvError(
                        line,
                        column,
                        "Local SKU " + existing.localSku() + " is already in the inventory"
                                + (existing.title() == null ? "" : " (" + existing.title() + ")")));
            }
        }
        return errors;
    }

    private List<InventoryItemView> find(List<String> skus) {
        return queries.query(
                        new FindInventoryItemsByLocalSkuQuery(skus),
                        ResponseTypes.multipleInstancesOf(InventoryItemView.class))
                .join();
    }

    private static RuntimeException refusal(int line, RuntimeException e) {
        String reason = io.sellersync.api.graphql.GraphQlErrors.businessError(e)
                .map(error -> error.message())
                .orElse("the item could not be saved");
        log.warn("CSV import stopped at line {}", line, e);
        return BusinessException.invalid(
                "file",
                "The import stopped at line " + line + ": " + reason
                        + ". Items before it were created; importing the same upload again continues without"
                        + " creating any twice.");
    }

    /** Ends reading the file once a command has failed. */
    private static final class Stop extends RuntimeException {
        Stop() {
            super(null, null, false, false);
        }
    }
}
