// SPDX-License-Identifier: Apache-2.0
package io.sellersync.command.sync;

import io.sellersync.messages.accounts.AccountId;
import io.sellersync.messages.shared.BusinessException;
import io.sellersync.messages.sync.CompleteSyncWindowCommand;
import io.sellersync.messages.sync.RecordSyncWindowFailedCommand;
import io.sellersync.messages.sync.SyncCursorId;
import io.sellersync.messages.sync.SyncDataSet;
import io.sellersync.messages.sync.SyncWindowCompletedEvent;
import io.sellersync.messages.sync.SyncWindowFailedEvent;
import io.sellersync.messages.sync.SyncWindowKind;
import java.time.Instant;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SyncCursorTest {

    private static final AccountId ACCOUNT = new AccountId("acc-1");
    private static final SyncCursorId ID = SyncCursorId.of(ACCOUNT, SyncDataSet.ORDERS);
    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
    private static final Instant T1 = Instant.parse("2026-03-01T10:05:00Z");
    private static final Instant T2 = Instant.parse("2026-03-01T10:10:00Z");
    private static final Instant T3 = Instant.parse("2026-03-01T10:15:00Z");

    private AggregateTestFixture<SyncCursor> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(SyncCursor.class);
    }

    private static CompleteSyncWindowCommand complete(SyncWindowKind kind, Instant from, Instant to, int items) {
        return new CompleteSyncWindowCommand(
                ID, ACCOUNT, SyncDataSet.ORDERS, kind, from, to, items, to.plusSeconds(130));
    }

    private static SyncWindowCompletedEvent completed(
            SyncWindowKind kind, Instant from, Instant to, int items, Instant position) {
        return new SyncWindowCompletedEvent(
                ID, ACCOUNT, SyncDataSet.ORDERS, kind, from, to, items, position, to.plusSeconds(130));
    }

    private static RecordSyncWindowFailedCommand fail(Instant from, Instant to) {
        return new RecordSyncWindowFailedCommand(
                ID,
                ACCOUNT,
                SyncDataSet.ORDERS,
                SyncWindowKind.INCREMENTAL,
                from,
                to,
                "Amazon answered 503",
                "req-1",
                to);
    }

    private static SyncWindowFailedEvent failed(Instant from, Instant to, int inRow) {
        return new SyncWindowFailedEvent(
                ID,
                ACCOUNT,
                SyncDataSet.ORDERS,
                SyncWindowKind.INCREMENTAL,
                from,
                to,
                "Amazon answered 503",
                "req-1",
                inRow,
                to);
    }

    @Test
    void theFirstIncrementalWindowSetsTheCursor() {
        fixture.givenNoPriorActivity()
                .when(complete(SyncWindowKind.INCREMENTAL, T0, T1, 12))
                .expectEvents(completed(SyncWindowKind.INCREMENTAL, T0, T1, 12, T1));
    }

    @Test
    void anOverlappingWindowMovesTheCursorToItsEnd() {
        fixture.given(completed(SyncWindowKind.INCREMENTAL, T0, T2, 3, T2))
                .when(complete(SyncWindowKind.INCREMENTAL, T1, T3, 4))
                .expectEvents(completed(SyncWindowKind.INCREMENTAL, T1, T3, 4, T3));
    }

    @Test
    void aWindowThatStartsAfterTheCursorIsRefusedBecauseItLeavesAGap() {
        fixture.given(completed(SyncWindowKind.INCREMENTAL, T0, T1, 3, T1))
                .when(complete(SyncWindowKind.INCREMENTAL, T2, T3, 4))
                .expectNoEvents()
                .expectException(BusinessException.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("would never be read"));
    }

    @Test
    void aRepeatedCompletionChangesNothing() {
        fixture.given(completed(SyncWindowKind.INCREMENTAL, T0, T1, 3, T1))
                .when(complete(SyncWindowKind.INCREMENTAL, T0, T1, 3))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void anOlderIncrementalWindowNeverMovesTheCursorBack() {
        fixture.given(completed(SyncWindowKind.INCREMENTAL, T0, T3, 3, T3))
                .when(complete(SyncWindowKind.INCREMENTAL, T0, T2, 1))
                .expectEvents(completed(SyncWindowKind.INCREMENTAL, T0, T2, 1, T3));
    }

    @Test
    void sweepsAndBackfillsAreRecordedWithoutMovingTheCursor() {
        fixture.given(completed(SyncWindowKind.INCREMENTAL, T0, T1, 3, T1))
                .when(complete(SyncWindowKind.SWEEP, T0.minusSeconds(86_400), T3, 40))
                .expectEvents(completed(SyncWindowKind.SWEEP, T0.minusSeconds(86_400), T3, 40, T1));
    }

    @Test
    void aBackfillBeforeAnyIncrementalWindowLeavesTheCursorUnset() {
        fixture.givenNoPriorActivity()
                .when(complete(SyncWindowKind.BACKFILL, T0, T1, 7))
                .expectEvents(completed(SyncWindowKind.BACKFILL, T0, T1, 7, null));
    }

    @Test
    void aWindowThatDoesNotEndAfterItStartsIsRefusedNamingTheField() {
        fixture.givenNoPriorActivity()
                .when(complete(SyncWindowKind.INCREMENTAL, T1, T1, 0))
                .expectNoEvents()
                .expectException(BusinessException.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("must end after it starts"));
    }

    @Test
    void failuresAreCountedInARowAndResetByACompletedWindow() {
        fixture.given(failed(T0, T1, 1), failed(T0, T2, 2)).when(fail(T0, T3)).expectEvents(failed(T0, T3, 3));
        fixture.given(failed(T0, T1, 1), completed(SyncWindowKind.INCREMENTAL, T0, T2, 0, T2))
                .when(fail(T1, T3))
                .expectEvents(failed(T1, T3, 1));
    }

    @Test
    void aFailureWithoutAReasonIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new RecordSyncWindowFailedCommand(
                        ID, ACCOUNT, SyncDataSet.ORDERS, SyncWindowKind.INCREMENTAL, T0, T1, " ", null, T1))
                .expectNoEvents()
                .expectException(BusinessException.class);
    }
}
