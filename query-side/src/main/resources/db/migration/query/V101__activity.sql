-- The audit trail: one row per event, written by the replayable "activity" projection.
create table activity_entry (
    event_id         varchar(64)  primary key,
    position         bigint       not null,
    occurred_at      timestamptz  not null,
    aggregate_type   varchar(100),
    aggregate_id     varchar(255),
    sequence_number  bigint       not null,
    event_type       varchar(200) not null,
    description      text         not null,
    command          varchar(200),
    username         varchar(100)
);
create index activity_entry_position_idx on activity_entry (position desc);
create index activity_entry_aggregate_idx on activity_entry (aggregate_id, position desc);
create index activity_entry_type_idx on activity_entry (event_type, position desc);
