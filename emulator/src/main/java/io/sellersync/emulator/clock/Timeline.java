// SPDX-License-Identifier: Apache-2.0
package io.sellersync.emulator.clock;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.PriorityBlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Work that becomes due at an emulated instant (feed state changes, propagation of accepted listing changes).
 *
 * <p>Each task runs with its own due time as "now", so advancing the clock by an hour still produces the same
 * timestamps as waiting an hour. Scheduling never blocks on running tasks, so callers may schedule while holding their
 * own locks; tasks run one at a time.
 */
@Component
public class Timeline {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Timeline.class);

    /** A scheduled piece of work; {@code seq} keeps tasks with the same due time in scheduling order. */
    public record Task(Instant due, long seq, String description, Consumer<Instant> action) {}

    private final EmulatorClock clock;
    private final AtomicLong sequence = new AtomicLong();
    private final PriorityBlockingQueue<Task> queue =
            new PriorityBlockingQueue<>(64, Comparator.comparing(Task::due).thenComparingLong(Task::seq));
    private final Object runLock = new Object();

    public Timeline(EmulatorClock clock) {
        this.clock = clock;
    }

    public void schedule(Instant due, String description, Consumer<Instant> action) {
        queue.add(new Task(due, sequence.incrementAndGet(), description, action));
    }

    /** Runs every task due by the clock's current time, including tasks those tasks schedule. */
    public void runDue() {
        synchronized (runLock) {
            Instant now = clock.now();
            Task next;
            while ((next = queue.peek()) != null && !next.due().isAfter(now)) {
                Task task = queue.poll();
                if (task != null) {
                    try {
                        task.action().accept(task.due());
                    } catch (RuntimeException e) {
                        LOG.error("scheduled work '{}' due {} failed", task.description(), task.due(), e);
                    }
                }
            }
        }
    }

    public List<Task> pending() {
        List<Task> tasks = new ArrayList<>(queue);
        tasks.sort(Comparator.comparing(Task::due).thenComparingLong(Task::seq));
        return tasks;
    }

    public void clear() {
        synchronized (runLock) {
            queue.clear();
        }
    }

    @Scheduled(fixedDelay = 50)
    void pump() {
        runDue();
    }
}
