// SPDX-License-Identifier: Apache-2.0
package io.sellersync.query.sync;

import static org.assertj.core.api.Assertions.assertThat;

import io.sellersync.messages.accounts.AccountId;
import io.sellersync.messages.sync.FindSyncCursorQuery;
import io.sellersync.messages.sync.ListSyncCursorsQuery;
import io.sellersync.messages.sync.SyncCursorId;
import io.sellersync.messages.sync.SyncCursorView;
import io.sellersync.messages.sync.SyncDataSet;
import io.sellersync.messages.sync.SyncWindowCompletedEvent;
import io.sellersync.messages.sync.SyncWindowFailedEvent;
import io.sellersync.messages.sync.SyncWindowKind;
import io.sellersync.query.ProjectionDatabase;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest(classes = ProjectionDatabase.class)
@TestPropertySource("classpath:projection-database.properties")
class SyncCursorProjectionTest {

    private static final AccountId ACCOUNT = new AccountId("acc-cursor");
    private static final SyncCursorId ORDERS = SyncCursorId.of(ACCOUNT, SyncDataSet.ORDERS);
    private static final Instant T0 = Instant.parse("2026-11-20T10:00:00Z");
    private static final Instant T1 = T0.plusSeconds(300);

    @Autowired
    SyncCursorProjection projection;

    @Autowired
    TransactionTemplate transactions;

    @BeforeEach
    void empty() {
        transactions.executeWithoutResult(s -> projection.reset());
    }

    private void apply(Runnable handler) {
        transactions.executeWithoutResult(s -> handler.run());
    }

    private SyncCursorView orders() {
        return projection
                .handle(new FindSyncCursorQuery(ACCOUNT, SyncDataSet.ORDERS))
                .orElseThrow();
    }

    @Test
    void aCompletedWindowSetsThePositionAndAFailureKeepsItWithTheReason() {
        apply(() -> projection.on(new SyncWindowCompletedEvent(
                ORDERS, ACCOUNT, SyncDataSet.ORDERS, SyncWindowKind.INCREMENTAL, T0, T1, 17, T1, T1.plusSeconds(130))));
        apply(() -> projection.on(new SyncWindowFailedEvent(
                ORDERS,
                ACCOUNT,
                SyncDataSet.ORDERS,
                SyncWindowKind.INCREMENTAL,
                T0,
                T1.plusSeconds(300),
                "Amazon answered 503",
                "req-9",
                2,
                T1.plusSeconds(430))));

        SyncCursorView view = orders();
        assertThat(view.position()).isEqualTo(T1);
        assertThat(view.lastItems()).isEqualTo(17);
        assertThat(view.lastError()).isEqualTo("Amazon answered 503");
        assertThat(view.lastErrorRequestId()).isEqualTo("req-9");
        assertThat(view.failuresInRow()).isEqualTo(2);
    }

    @Test
    void aRedeliveredEventWritesTheSameRowAndCursorsAreListedPerAccount() {
        SyncWindowCompletedEvent event = new SyncWindowCompletedEvent(
                ORDERS, ACCOUNT, SyncDataSet.ORDERS, SyncWindowKind.INCREMENTAL, T0, T1, 3, T1, T1);
        apply(() -> projection.on(event));
        apply(() -> projection.on(event));
        apply(() -> projection.on(new SyncWindowCompletedEvent(
                SyncCursorId.of(ACCOUNT, SyncDataSet.TRANSACTIONS),
                ACCOUNT,
                SyncDataSet.TRANSACTIONS,
                SyncWindowKind.BACKFILL,
                T0,
                T1,
                40,
                null,
                T1)));

        assertThat(projection.handle(new ListSyncCursorsQuery(ACCOUNT)))
                .extracting(SyncCursorView::dataSet, SyncCursorView::position)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(SyncDataSet.ORDERS, T1),
                        org.assertj.core.groups.Tuple.tuple(SyncDataSet.TRANSACTIONS, null));
        assertThat(projection.handle(new ListSyncCursorsQuery(new AccountId("other"))))
                .isEmpty();
    }
}
