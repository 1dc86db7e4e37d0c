// SPDX-License-Identifier: Apache-2.0
package io.sellersync.integration.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.networknt.schema.JsonSchema;
import io.sellersync.messages.accounts.GuardRails;
import io.sellersync.messages.feed.FeedPlan;
import io.sellersync.messages.feed.FeedPlanner;
import io.sellersync.messages.feed.ObservedOffer;
import io.sellersync.messages.queue.QueueEntryView;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The feed pipeline's cost. Time: plan 25,000 generated queue entries ({@link FeedPlanner}), write the document,
 * check it with {@link FeedSchemaRules} and gzip it, against a raw floor (Jackson serialisation of the same messages
 * plus Amazon's real schema validator over the document); goal: at most 3× the floor. Heap: 100,000 queue entries and
 * their plan retained, measured after GC; goal: at most 512 MB. Runs only when asked:
 * {@code ./mvnw -B -pl integration -am test -Dspotless.check.skip=true -Dgroups=bench -Dsurefire.excludedGroups=
 * -Dtest=FeedPipelineBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 */
@Tag("bench")
class FeedPipelineBenchmark {

    private static final int ENTRIES = 25_000;
    private static final int REPETITIONS = 5;
    private static final double GOAL = 3.0;
    private static final long HEAP_GOAL_MB = 512;

    private static Map<String, ObservedOffer> live(List<QueueEntryView> entries) {
        Map<String, ObservedOffer> live = new HashMap<>();
        for (int i = 0; i < entries.size(); i += 2) {
            QueueEntryView e = entries.get(i);
            live.put(e.sellerSku(), new ObservedOffer(e.sellerSku(), true, e.price(), i % 50));
        }
        return live;
    }

    private static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 8);
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    @Test
    void pipelineAgainstTheRawFloor() throws Exception {
        assumeTrue(FeedFixtures.schemasDir() != null, FeedFixtures.SKIP_REASON);
        JsonSchema schema = FeedFixtures.feedSchema();
        ObjectMapper jackson = new ObjectMapper().registerModule(new JavaTimeModule());
        List<QueueEntryView> entries = FeedFixtures.entries(ENTRIES, FeedFixtures.UK, "GBP");
        Map<String, ObservedOffer> live = live(entries);

        List<Long> ours = new ArrayList<>();
        List<Long> floor = new ArrayList<>();
        int bytes = 0;
        int gzipped = 0;
        int messages = 0;
        for (int round = 0; round < REPETITIONS + 2; round++) {
            long start = System.nanoTime();
            FeedPlan plan = FeedPlanner.plan(entries, live, Set.of(), GuardRails.DEFAULT);
            byte[] document = ListingsFeedWriter.write("A2SELLER", FeedFixtures.UK, plan.messages());
            List<String> violations = FeedSchemaRules.check(document);
            byte[] compressed = gzip(document);
            long pipeline = System.nanoTime() - start;
            assertThat(violations).isEmpty();

            start = System.nanoTime();
            byte[] raw = jackson.writeValueAsBytes(plan.messages());
            var errors = schema.validate(FeedFixtures.JSON.readTree(document));
            long raw_ = System.nanoTime() - start;
            assertThat(errors).isEmpty();
            assertThat(raw).isNotEmpty();
            if (round >= 2) {
                ours.add(pipeline);
                floor.add(raw_);
            }
            bytes = document.length;
            gzipped = compressed.length;
            messages = plan.messages().size();
        }
        Collections.sort(ours);
        Collections.sort(floor);
        double oursMs = ours.get(ours.size() / 2) / 1e6;
        double floorMs = floor.get(floor.size() / 2) / 1e6;
        double ratio = oursMs / floorMs;
        System.out.println(String.format(
                java.util.Locale.ROOT,
                "{\"bench\":\"feed-pipeline\",\"entries\":%d,\"messages\":%d,\"bytes\":%d,\"gzip_bytes\":%d,"
                        + "\"repetitions\":%d,\"ours_ms_median\":%.1f,\"ours_ms_min\":%.1f,\"ours_ms_max\":%.1f,"
                        + "\"floor_ms_median\":%.1f,\"floor_ms_min\":%.1f,\"floor_ms_max\":%.1f,"
                        + "\"ratio\":%.3f,\"goal\":%.1f,\"ok\":%s}",
                ENTRIES,
                messages,
                bytes,
                gzipped,
                REPETITIONS,
                oursMs,
                ours.get(0) / 1e6,
                ours.get(ours.size() - 1) / 1e6,
                floorMs,
                floor.get(0) / 1e6,
                floor.get(floor.size() - 1) / 1e6,
                ratio,
                GOAL,
                ratio <= GOAL));
    }

    @Test
    void heapForAHundredThousandEntryQueue() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long before = usedAfterGc(memory);
        List<QueueEntryView> entries = FeedFixtures.entries(100_000, FeedFixtures.UK, "GBP");
        Map<String, ObservedOffer> live = live(entries);
        FeedPlan plan = FeedPlanner.plan(entries, live, Set.of(), GuardRails.DEFAULT);
        long after = usedAfterGc(memory);
        double retainedMb = (after - before) / (1024.0 * 1024.0);
        System.out.println(String.format(
                java.util.Locale.ROOT,
                "{\"bench\":\"feed-queue-heap\",\"entries\":%d,\"messages\":%d,\"deferred\":%d,"
                        + "\"retained_mb\":%.1f,\"goal_mb\":%d,\"ok\":%s}",
                entries.size(),
                plan.messages().size(),
                plan.deferredSkus(),
                retainedMb,
                HEAP_GOAL_MB,
                retainedMb <= HEAP_GOAL_MB));
        // keep everything reachable until measured
        assertThat(entries.size() + live.size() + plan.messages().size()).isPositive();
    }

    private static long usedAfterGc(MemoryMXBean memory) {
        for (int i = 0; i < 4; i++) {
            System.gc();
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}
