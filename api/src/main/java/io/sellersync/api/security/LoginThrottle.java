// SPDX-License-Identifier: Apache-2.0
package io.sellersync.api.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Slows password guessing: at most {@value #MAX_FAILURES} failed sign-ins per user name and per address within the
 * window. Each attempt is counted before the password is checked (parallel requests cannot slip past), and given
 * back when it succeeds. Addresses are kept in a bounded least-recently-used table, so junk requests cannot evict a
 * real user's count; user names are only tracked for accounts that exist. Kept in memory per node.
 */
@Component
public class LoginThrottle {

    static final int MAX_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);
    private static final int MAX_ADDRESSES = 10_000;

    private final Map<String, Deque<Instant>> users = new LinkedHashMap<>();
    private final Map<String, Deque<Instant>> addresses = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Deque<Instant>> eldest) {
            return size() > MAX_ADDRESSES;
        }
    };
    private final Clock clock;
    private final UserAccounts accounts;

    LoginThrottle(Clock clock, UserAccounts accounts) {
        this.clock = clock;
        this.accounts = accounts;
    }

    /** Counts a sign-in attempt; false when the user name or address has used up its attempts. */
    synchronized boolean tryAttempt(String username, String address) {
        Instant now = Instant.now(clock);
        String user = normalise(username);
        boolean known = accounts.exists(user);
        Deque<Instant> byUser = known ? users.computeIfAbsent(user, k -> new ArrayDeque<>()) : new ArrayDeque<>();
        Deque<Instant> byAddress = addresses.computeIfAbsent(normalise(address), k -> new ArrayDeque<>());
        prune(byUser, now);
        prune(byAddress, now);
        if (byUser.size() >= MAX_FAILURES || byAddress.size() >= MAX_FAILURES) {
            return false;
        }
        byUser.addLast(now);
        byAddress.addLast(now);
        return true;
    }

    /** The attempt was right: it does not count against the user or the address. */
    synchronized void succeeded(String username, String address) {
        users.remove(normalise(username));
        Deque<Instant> byAddress = addresses.get(normalise(address));
        if (byAddress != null) {
            byAddress.pollLast();
        }
    }

    /** Forgets every failure, e.g. after an operator has checked the sign-in log. */
    synchronized void clear() {
        users.clear();
        addresses.clear();
    }

    private static void prune(Deque<Instant> attempts, Instant now) {
        Instant cutoff = now.minus(WINDOW);
        while (!attempts.isEmpty() && attempts.peekFirst().isBefore(cutoff)) {
            attempts.removeFirst();
        }
    }

    private static String normalise(String value) {
        return value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
    }
}
