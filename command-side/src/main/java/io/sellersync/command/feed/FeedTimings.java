// SPDX-License-Identifier: Apache-2.0
package io.sellersync.command.feed;

import java.time.Duration;
import java.util.Objects;

/**
 * How the feed saga paces itself and how long read-back waits: polling starts at {@code pollMin} and grows to
 * {@code pollMax}; a feed still in Amazon's queue after {@code queueWarning} is slow, after {@code queueStuck} stuck;
 * read-back starts {@code verifyFirst} after the report and doubles up to {@code verifyMax}; an accepted message not
 * live within {@code verifyTimeout} ({@code verifyTimeoutNewSku} for a new SKU) of the report ends as mismatch or
 * timed out. The {@code Feed} aggregate receives it as a handler parameter for the verification deadlines.
 */
public record FeedTimings(
        Duration pollMin,
        Duration pollMax,
        Duration queueWarning,
        Duration queueStuck,
        Duration verifyFirst,
        Duration verifyMax,
        Duration verifyTimeout,
        Duration verifyTimeoutNewSku) {

    public static final FeedTimings DEFAULTS = new FeedTimings(
            Duration.ofSeconds(10),
            Duration.ofMinutes(5),
            Duration.ofMinutes(30),
            Duration.ofHours(3),
            Duration.ofMinutes(1),
            Duration.ofMinutes(10),
            Duration.ofHours(1),
            Duration.ofHours(2));

    public FeedTimings {
        Objects.requireNonNull(pollMin, "pollMin");
        Objects.requireNonNull(pollMax, "pollMax");
        Objects.requireNonNull(queueWarning, "queueWarning");
        Objects.requireNonNull(queueStuck, "queueStuck");
        Objects.requireNonNull(verifyFirst, "verifyFirst");
        Objects.requireNonNull(verifyMax, "verifyMax");
        Objects.requireNonNull(verifyTimeout, "verifyTimeout");
        Objects.requireNonNull(verifyTimeoutNewSku, "verifyTimeoutNewSku");
        if (pollMin.isNegative() || pollMin.isZero() || verifyFirst.isNegative() || verifyFirst.isZero()) {
            throw new IllegalArgumentException("poll-min and verify-first must be positive");
        }
    }

    /** The poll interval after {@code polls} polls: pollMin doubling up to pollMax. */
    public Duration pollInterval(int polls) {
        return grow(pollMin, pollMax, polls);
    }

    /** The wait before read-back round {@code round + 1}: verifyFirst doubling up to verifyMax. */
    public Duration verifyInterval(int round) {
        return grow(verifyFirst, verifyMax, round);
    }

    private static Duration grow(Duration first, Duration max, int steps) {
        Duration interval = first;
        for (int i = 0; i < steps && interval.compareTo(max) < 0; i++) {
            interval = interval.multipliedBy(2);
        }
        return interval.compareTo(max) > 0 ? max : interval;
    }
}
