// SPDX-License-Identifier: Apache-2.0
package io.sellersync.api.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Slows password guessing: after {@value #MAX_FAILURES} failed sign-ins within the window, for a user name or from
 * one address, further attempts are refused until the window has passed. Kept in memory per node.
 */
@Component
public class LoginThrottle {

    static final int MAX_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);
    private static final int MAX_TRACKED = 10_000;

    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    public boolean isBlocked(String username, String address) {
        return recent(key("user", username)) >= MAX_FAILURES || recent(key("ip", address)) >= MAX_FAILURES;
    }

    void failed(String username, String address) {
        if (failures.size() > MAX_TRACKED) {
            failures.clear();
        }
        record(key("user", username));
        record(key("ip", address));
    }

    void succeeded(String username) {
        failures.remove(key("user", username));
    }

    /** Forgets every failure, e.g. after an operator has checked the sign-in log. */
    void clear() {
        failures.clear();
    }

    private void record(String key) {
        Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            times.addLast(Instant.now(clock));
        }
    }

    private int recent(String key) {
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return 0;
        }
        Instant cutoff = Instant.now(clock).minus(WINDOW);
        synchronized (times) {
            while (!times.isEmpty() && times.peekFirst().isBefore(cutoff)) {
                times.removeFirst();
            }
            return times.size();
        }
    }

    private static String key(String kind, String value) {
        return kind + ":" + (value == null ? "" : value.toLowerCase(java.util.Locale.ROOT));
    }
}
