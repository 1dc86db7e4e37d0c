// SPDX-License-Identifier: Apache-2.0
package io.sellersync.emulator.clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The controllable clock and the timeline that runs delayed work at its own due time. */
class EmulatorClockTest {

    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
    private final AtomicLong nanos = new AtomicLong();

    @Test
    void frozenClockMovesOnlyWhenAdvanced() {
        EmulatorClock clock = new EmulatorClock(START, 0, nanos::get);
        nanos.addAndGet(Duration.ofHours(1).toNanos());
        assertThat(clock.now()).isEqualTo(START);
        clock.advance(Duration.ofSeconds(90));
        assertThat(clock.now()).isEqualTo(START.plusSeconds(90));
    }

    @Test
    void realTimeModeRunsAtTheSpeedFactor() {
        EmulatorClock clock = new EmulatorClock(START, 60, nanos::get);
        nanos.addAndGet(Duration.ofSeconds(2).toNanos());
        assertThat(clock.now()).isEqualTo(START.plusSeconds(120));
        clock.setSpeed(1);
        nanos.addAndGet(Duration.ofSeconds(2).toNanos());
        assertThat(clock.now()).isEqualTo(START.plusSeconds(122));
    }

    @Test
    void neverGoesBack() {
        EmulatorClock clock = new EmulatorClock(START, 0, nanos::get);
        assertThatThrownBy(() -> clock.advance(Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> clock.setSpeed(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void timelineRunsDueTasksInOrderWithTheirOwnDueTime() {
        EmulatorClock clock = new EmulatorClock(START, 0, nanos::get);
        Timeline timeline = new Timeline(clock);
        List<String> ran = new ArrayList<>();
        timeline.schedule(START.plusSeconds(60), "b", at -> ran.add("b@" + at));
        timeline.schedule(START.plusSeconds(30), "a", at -> {
            ran.add("a@" + at);
            timeline.schedule(at.plusSeconds(10), "a2", at2 -> ran.add("a2@" + at2));
        });
        timeline.schedule(START.plusSeconds(600), "later", at -> ran.add("later"));

        timeline.runDue();
        assertThat(ran).isEmpty();

        clock.advance(Duration.ofMinutes(5));
        timeline.runDue();
        assertThat(ran)
                .containsExactly(
                        "a@" + START.plusSeconds(30), "a2@" + START.plusSeconds(40), "b@" + START.plusSeconds(60));
        assertThat(timeline.pending()).extracting(Timeline.Task::description).containsExactly("later");
    }
}
