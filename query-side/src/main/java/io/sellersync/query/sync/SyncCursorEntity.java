// SPDX-License-Identifier: Apache-2.0
package io.sellersync.query.sync;

import io.sellersync.messages.accounts.AccountId;
import io.sellersync.messages.sync.SyncCursorView;
import io.sellersync.messages.sync.SyncDataSet;
import io.sellersync.messages.sync.SyncWindowCompletedEvent;
import io.sellersync.messages.sync.SyncWindowFailedEvent;
import io.sellersync.messages.sync.SyncWindowKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "sync_cursor")
class SyncCursorEntity {

    @Id
    @Column(name = "cursor_id")
    private String cursorId;

    @Column(name = "account_id")
    private String accountId;

    @Enumerated(EnumType.STRING)
    @Column(name = "data_set")
    private SyncDataSet dataSet;

    private Instant position;

    @Enumerated(EnumType.STRING)
    @Column(name = "last_kind")
    private SyncWindowKind lastKind;

    @Column(name = "last_from")
    private Instant lastFrom;

    @Column(name = "last_to")
    private Instant lastTo;

    @Column(name = "last_items")
    private int lastItems;

    @Column(name = "last_completed_at")
    private Instant lastCompletedAt;

    @Column(name = "last_error")
    private String lastError;

    @Column(name = "last_error_request_id")
    private String lastErrorRequestId;

    @Column(name = "last_failed_at")
    private Instant lastFailedAt;

    @Column(name = "failures_in_row")
    private int failuresInRow;

    protected SyncCursorEntity() {}

    SyncCursorEntity(String cursorId, AccountId accountId, SyncDataSet dataSet) {
        this.cursorId = cursorId;
        this.accountId = accountId.value();
        this.dataSet = dataSet;
    }

    void completed(SyncWindowCompletedEvent event) {
        position = event.position();
        lastKind = event.kind();
        lastFrom = event.from();
        lastTo = event.to();
        lastItems = event.items();
        lastCompletedAt = event.completedAt();
        failuresInRow = 0;
    }

    void failed(SyncWindowFailedEvent event) {
        lastError = event.reason();
        lastErrorRequestId = event.amazonRequestId();
        lastFailedAt = event.failedAt();
        failuresInRow = event.failuresInRow();
    }

    SyncCursorView toView() {
        return new SyncCursorView(
                new AccountId(accountId),
                dataSet,
                position,
                lastKind,
                lastFrom,
                lastTo,
                lastItems,
                lastCompletedAt,
                lastError,
                lastErrorRequestId,
                lastFailedAt,
                failuresInRow);
    }
}
