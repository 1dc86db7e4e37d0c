// SPDX-License-Identifier: Apache-2.0
package io.sellersync.api.inventory.csv;

import static org.assertj.core.api.Assertions.assertThat;

import io.sellersync.api.SellersyncIntegrationTest;
import io.sellersync.messages.inventory.InventoryPage;
import io.sellersync.messages.inventory.SearchInventoryQuery;
import java.io.BufferedWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Currency;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Benchmark (not part of the test command; the name matches neither *Test nor *IT): a 100,000-row CSV imported end to
 * end in the real application — checked, one command per row through the command bus into the event store, and the
 * inventory projection caught up (polled until it shows every row). Prints one JSON line:
 * {@code ./mvnw -B verify -pl api -am -Dspotless.check.skip=true -Dtest=NoUnit -Dsurefire.failIfNoSpecifiedTests=false
 * -DfailIfNoTests=false -Dit.test=CsvImportBenchmark -Dgroups=bench}
 */
@Tag("bench")
@SellersyncIntegrationTest
class CsvImportBenchmark {

    private static final int ROWS = 100_000;

    @Autowired
    CsvImportService imports;

    @Autowired
    QueryGateway queries;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void import100kRows(@TempDir Path dir) throws Exception {
        String prefix = "BENCH" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
        Path file = dir.resolve("bench.csv");
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("local_sku,asin,title,condition,price,currency,quantity,cost,status,notes\n");
            for (int i = 0; i < ROWS; i++) {
                out.write(String.format(
                        Locale.ROOT,
                        "%s-%06d,B0%08d,\"Benchmark item %d, boxed\",%s,%d.%02d,GBP,%d,%d.00,BACKLOG,shelf %d%n",
                        prefix,
                        i,
                        i,
                        i,
                        i % 3 == 0 ? "new_new" : "used_good",
                        5 + i % 50,
                        i % 100,
                        1 + i % 5,
                        1 + i % 4,
                        i % 40));
            }
        }
        Long eventsBefore = events();
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        AtomicLong peak = new AtomicLong(memory.getHeapMemoryUsage().getUsed());
        AtomicLong live = new AtomicLong();
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                live.accumulateAndGet(liveAfterLastGc(), Math::max);
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.setDaemon(true);
        sampler.start();
        long started = System.nanoTime();
        CsvImportService.ImportResult result = imports.importAll(
                "bench-" + prefix, "bench.csv", CsvSource.of(file), CsvOptions.defaults(Currency.getInstance("GBP")));
        double sentSeconds = (System.nanoTime() - started) / 1e9;
        assertThat(result.preview().errors()).isEmpty();
        assertThat(result.imported()).isEqualTo(ROWS);
        long shown = 0;
        long deadline = System.nanoTime() + 600_000_000_000L;
        while (System.nanoTime() < deadline) {
            shown = queries.query(
                            new SearchInventoryQuery(prefix, null, null, "localSku", false, 0, 1),
                            ResponseTypes.instanceOf(InventoryPage.class))
                    .join()
                    .total();
            if (shown >= ROWS) {
                break;
            }
            Thread.sleep(250);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        sampler.interrupt();
        long stored = events() - eventsBefore;
        assertThat(shown).isEqualTo(ROWS);
        assertThat(stored).isGreaterThanOrEqualTo(ROWS);
        System.out.println(String.format(
                Locale.ROOT,
                "{\"bench\":\"csv-import-100k\",\"rows\":%d,\"seconds\":%.1f,\"rowsPerSecond\":%.0f,\"peakHeapMb\":%d,"
                        + "\"peakLiveHeapAfterGcMb\":%d,\"commandsSentSeconds\":%.1f,\"eventsStored\":%d,\"fileMb\":%.1f,"
                        + "\"maxHeapMb\":%d}",
                ROWS,
                seconds,
                ROWS / seconds,
                peak.get() / (1024 * 1024),
                live.get() / (1024 * 1024),
                sentSeconds,
                stored,
                Files.size(file) / (1024.0 * 1024.0),
                Runtime.getRuntime().maxMemory() / (1024 * 1024)));
    }

    /** Heap still in use right after the last collection: the live set, not the garbage a lazy GC leaves. */
    private static long liveAfterLastGc() {
        long used = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getCollectionUsage() != null) {
                used += pool.getCollectionUsage().getUsed();
            }
        }
        return used;
    }

    private Long events() {
        return jdbc.queryForObject(
                "select count(*) from domain_event_entry where payload_type like '%InventoryItemCreatedEvent'",
                Long.class);
    }
}
