// SPDX-License-Identifier: Apache-2.0
package io.sellersync.api.web.queue;

import io.sellersync.api.queue.AddOutcome;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** One sentence for the toast after "add to queue": "3 added, 1 conflict, 1 skipped: The item is already queued…". */
final class AddSummary {

    private AddSummary() {}

    static String sentence(List<AddOutcome> outcomes) {
        Map<AddOutcome.Status, Integer> counts = new EnumMap<>(AddOutcome.Status.class);
        Map<AddOutcome.Status, Set<String>> reasons = new EnumMap<>(AddOutcome.Status.class);
        for (AddOutcome outcome : outcomes) {
            counts.merge(outcome.status(), 1, Integer::sum);
            if (outcome.status() != AddOutcome.Status.ADDED && outcome.status() != AddOutcome.Status.CONFLICT) {
                reasons.computeIfAbsent(outcome.status(), s -> new LinkedHashSet<>())
                        .add(outcome.reason());
            }
        }
        List<String> parts = new ArrayList<>();
        for (AddOutcome.Status status : AddOutcome.Status.values()) {
            Integer count = counts.get(status);
            if (count == null) {
                continue;
            }
            String part = count + " " + word(status, count);
            Set<String> why = reasons.get(status);
            if (why != null) {
                part += ": " + String.join("; ", why);
            }
            parts.add(part);
        }
        return parts.isEmpty() ? "Nothing to add" : String.join(", ", parts);
    }

    private static String word(AddOutcome.Status status, int count) {
        return switch (status) {
            case ADDED -> "added";
            case CONFLICT -> count == 1 ? "conflict" : "conflicts";
            case SKIPPED -> "skipped";
            case INVALID -> "invalid";
            case FAILED -> "failed";
        };
    }
}
