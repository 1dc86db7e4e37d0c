// SPDX-License-Identifier: Apache-2.0
package io.sellersync.emulator.clock;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.function.LongSupplier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The only source of "now" in the emulator, so that every delay Amazon has (feed queues, price propagation, token
 * expiry, rate-limit refill) can be compressed by tests ({@code speed=0} plus {@link #advance}) or by demos (a speed
 * factor). Emulated time runs at {@code speed} times real time from an anchor; advancing moves the anchor.
 */
@Component
public class EmulatorClock {

    private final LongSupplier nanoTime;
    private Instant anchor;
    private long anchorNanos;
    private double speed;

    @Autowired
    public EmulatorClock(@Value("${start-time:}") String startTime, @Value("${speed:1.0}") double speed) {
        this(
                startTime == null || startTime.isBlank()
                        ? Instant.now().truncatedTo(ChronoUnit.SECONDS)
                        : Instant.parse(startTime),
                speed,
                System::nanoTime);
    }

    /** A clock with an explicit time source, for unit tests. */
    public EmulatorClock(Instant start, double speed, LongSupplier nanoTime) {
        if (speed < 0) {
            throw new IllegalArgumentException("speed must be >= 0");
        }
        this.nanoTime = nanoTime;
        this.anchor = start;
        this.anchorNanos = nanoTime.getAsLong();
        this.speed = speed;
    }

    public synchronized Instant now() {
        long elapsed = nanoTime.getAsLong() - anchorNanos;
        return anchor.plusNanos((long) (elapsed * speed)).truncatedTo(ChronoUnit.MILLIS);
    }

    public synchronized double speed() {
        return speed;
    }

    /** Moves emulated time forward; it never goes back, so nothing already applied becomes "future" again. */
    public synchronized Instant advance(Duration duration) {
        if (duration.isNegative()) {
            throw new IllegalArgumentException("the clock cannot go back");
        }
        rebase();
        anchor = anchor.plus(duration);
        return anchor;
    }

    public synchronized void setSpeed(double newSpeed) {
        if (newSpeed < 0) {
            throw new IllegalArgumentException("speed must be >= 0");
        }
        rebase();
        speed = newSpeed;
    }

    /** Restarts emulated time at {@code start}; only used when a whole new world is seeded. */
    public synchronized void reset(Instant start, double newSpeed) {
        if (newSpeed < 0) {
            throw new IllegalArgumentException("speed must be >= 0");
        }
        anchor = start;
        anchorNanos = nanoTime.getAsLong();
        speed = newSpeed;
    }

    private void rebase() {
        anchor = now();
        anchorNanos = nanoTime.getAsLong();
    }
}
