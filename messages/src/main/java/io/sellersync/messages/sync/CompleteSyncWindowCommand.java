// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.sync;

import io.sellersync.messages.accounts.AccountId;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Every page of the window {@code [from, to)} on Amazon's clock was read and every item in it was sent as its own
 * command. {@code items} is how many items Amazon listed in the window (seen, not necessarily new). An
 * {@code INCREMENTAL} window must start at or before the cursor (a later start would leave a gap) and moves the
 * cursor to {@code to}; a repeat of the last completed window of the same kind changes nothing.
 */
public record CompleteSyncWindowCommand(
        @TargetAggregateIdentifier SyncCursorId cursorId,
        AccountId accountId,
        SyncDataSet dataSet,
        SyncWindowKind kind,
        Instant from,
        Instant to,
        int items,
        Instant completedAt) {}
