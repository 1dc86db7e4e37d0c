// SPDX-License-Identifier: Apache-2.0
package io.sellersync.command.feed;

import java.time.Instant;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.eventhandling.GenericEventMessage;

/**
 * How the sagas keep their durable deadlines: one deadline of each name at a time (the next replaces the last), and
 * "now" for a deadline that fires late after a downtime, so overdue steps do not fire back to back.
 */
public final class SagaDeadlines {

    private SagaDeadlines() {}

    /** When a deadline really fires: its due time, or now when it fires late (after a downtime). */
    public static Instant firedAt(FeedDue due) {
        Instant now = GenericEventMessage.clock.instant();
        return now.isAfter(due.at()) ? now : due.at();
    }

    /** Schedules {@code due} in place of the last deadline of that name (cancelling a fired one is harmless). */
    public static String reschedule(DeadlineManager deadlines, String name, String lastId, FeedDue due) {
        cancel(deadlines, name, lastId);
        return deadlines.schedule(due.at(), name, due);
    }

    public static void cancel(DeadlineManager deadlines, String name, String id) {
        if (id != null) {
            deadlines.cancelSchedule(name, id);
        }
    }
}
