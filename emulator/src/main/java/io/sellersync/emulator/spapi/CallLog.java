// SPDX-License-Identifier: Apache-2.0
package io.sellersync.emulator.spapi;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.springframework.stereotype.Component;

/** Every SP-API and LWA call received, with its outcome, so tests can count calls and see what a client really sent. */
@Component
public class CallLog {

    /** One received call; {@code operation} is null for routes that are not SP-API operations. */
    public record Call(
            long sequence,
            Instant at,
            String method,
            String path,
            String query,
            String operation,
            String sellerId,
            int status,
            String requestId) {}

    private static final int CAPACITY = 20_000;
    private final Deque<Call> calls = new ArrayDeque<>();
    private long sequence;

    public synchronized void add(
            Instant at,
            String method,
            String path,
            String query,
            String operation,
            String sellerId,
            int status,
            String requestId) {
        if (calls.size() == CAPACITY) {
            calls.removeFirst();
        }
        calls.addLast(new Call(++sequence, at, method, path, query, operation, sellerId, status, requestId));
    }

    public synchronized List<Call> calls() {
        return new ArrayList<>(calls);
    }

    public synchronized void clear() {
        calls.clear();
    }
}
