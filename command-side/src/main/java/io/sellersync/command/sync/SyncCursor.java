// SPDX-License-Identifier: Apache-2.0
package io.sellersync.command.sync;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.sellersync.messages.shared.BusinessException;
import io.sellersync.messages.shared.ErrorCode;
import io.sellersync.messages.sync.CompleteSyncWindowCommand;
import io.sellersync.messages.sync.RecordSyncWindowFailedCommand;
import io.sellersync.messages.sync.SyncCursorId;
import io.sellersync.messages.sync.SyncWindowCompletedEvent;
import io.sellersync.messages.sync.SyncWindowFailedEvent;
import io.sellersync.messages.sync.SyncWindowKind;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;

/**
 * How far one account's orders or transactions are known complete, on Amazon's clock: the {@code to} of the last
 * incremental window that was read to its last page. The rule that keeps anything from being lost lives here: an
 * incremental window may overlap the cursor but never start after it, so no stretch of Amazon's time is skipped. A
 * repeated completion (a redelivered command) changes nothing; a failure never moves the cursor.
 */
class SyncCursor {

    @AggregateIdentifier
    private SyncCursorId cursorId;

    private Instant position;
    private int failuresInRow;
    private final Map<SyncWindowKind, Window> lastWindows = new EnumMap<>(SyncWindowKind.class);

    private record Window(Instant from, Instant to) {}

    SyncCursor() {}

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(CompleteSyncWindowCommand command) {
        checkWindow(command.kind(), command.from(), command.to());
        if (command.items() < 0) {
            throw BusinessException.invalid("items", "The number of items read cannot be negative");
        }
        if (new Window(command.from(), command.to()).equals(lastWindows.get(command.kind()))) {
            return;
        }
        Instant next = position;
        if (command.kind() == SyncWindowKind.INCREMENTAL) {
            if (position != null && command.from().isAfter(position)) {
                throw new BusinessException(
                        ErrorCode.CONFLICT,
                        "from",
                        "The window starts at %s, after the cursor at %s: the time in between would never be read"
                                .formatted(command.from(), position));
            }
            if (position == null || command.to().isAfter(position)) {
                next = command.to();
            }
        }
        apply(new SyncWindowCompletedEvent(
                command.cursorId(),
                command.accountId(),
                command.dataSet(),
                command.kind(),
                command.from(),
                command.to(),
                command.items(),
                next,
                command.completedAt()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RecordSyncWindowFailedCommand command) {
        checkWindow(command.kind(), command.from(), command.to());
        if (command.reason() == null || command.reason().isBlank()) {
            throw BusinessException.invalid("reason", "Say why the window could not be read");
        }
        apply(new SyncWindowFailedEvent(
                command.cursorId(),
                command.accountId(),
                command.dataSet(),
                command.kind(),
                command.from(),
                command.to(),
                command.reason(),
                command.amazonRequestId(),
                failuresInRow + 1,
                command.failedAt()));
    }

    private static void checkWindow(SyncWindowKind kind, Instant from, Instant to) {
        if (kind == null) {
            throw BusinessException.invalid("kind", "Say which kind of window was read");
        }
        if (from == null) {
            throw BusinessException.invalid("from", "The window's start is required");
        }
        if (to == null) {
            throw BusinessException.invalid("to", "The window's end is required");
        }
        if (!to.isAfter(from)) {
            throw BusinessException.invalid("to", "The window must end after it starts (%s)".formatted(from));
        }
    }

    @EventSourcingHandler
    void on(SyncWindowCompletedEvent event) {
        cursorId = event.cursorId();
        position = event.position();
        failuresInRow = 0;
        lastWindows.put(event.kind(), new Window(event.from(), event.to()));
    }

    @EventSourcingHandler
    void on(SyncWindowFailedEvent event) {
        cursorId = event.cursorId();
        failuresInRow = event.failuresInRow();
    }
}
