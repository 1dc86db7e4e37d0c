// SPDX-License-Identifier: Apache-2.0
package io.sellersync.query.activity;

import io.sellersync.messages.activity.ActivityEntryView;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "activity_entry")
class ActivityEntryEntity {

    @Id
    @Column(name = "event_id")
    private String eventId;

    private long position;

    @Column(name = "occurred_at")
    private Instant occurredAt;

    @Column(name = "aggregate_type")
    private String aggregateType;

    @Column(name = "aggregate_id")
    private String aggregateId;

    @Column(name = "sequence_number")
    private long sequenceNumber;

    @Column(name = "event_type")
    private String eventType;

    private String description;

    private String command;

    private String username;

    protected ActivityEntryEntity() {}

    ActivityEntryEntity(ActivityEntryView view, long position) {
        this.eventId = view.eventId();
        this.position = position;
        this.occurredAt = view.occurredAt();
        this.aggregateType = view.aggregateType();
        this.aggregateId = view.aggregateId();
        this.sequenceNumber = view.sequenceNumber();
        this.eventType = view.eventType();
        this.description = view.description();
        this.command = view.command();
        this.username = view.user();
    }

    ActivityEntryView toView() {
        return new ActivityEntryView(
                eventId,
                occurredAt,
                aggregateType,
                aggregateId,
                sequenceNumber,
                eventType,
                description,
                command,
                username);
    }
}
