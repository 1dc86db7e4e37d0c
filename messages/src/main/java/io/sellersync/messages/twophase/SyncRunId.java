// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.twophase;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** Identity of a two-phase sync run; {@code toString()} is the raw value (Axon stores it as a string). */
public record SyncRunId(String value) {

    public SyncRunId {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("run id is required");
        }
    }

    public static SyncRunId random() {
        return new SyncRunId(UUID.randomUUID().toString());
    }

    /** A stable id derived from this run, for what the run creates (its phase feeds): a repeat derives the same id. */
    public String derive(String what) {
        return UUID.nameUUIDFromBytes((value + "/" + what).getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    @Override
    public String toString() {
        return value;
    }
}
