// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.activity;

import java.time.Instant;

/** One event of the audit trail in words: what happened, to what, when, from which command and by whom. */
public record ActivityEntryView(
        String eventId,
        Instant occurredAt,
        String aggregateType,
        String aggregateId,
        long sequenceNumber,
        String eventType,
        String description,
        String command,
        String user) {}
