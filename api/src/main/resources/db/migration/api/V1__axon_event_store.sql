-- Axon's event store, snapshots, tracking tokens and sagas, with bytea (not large objects) for every @Lob column.
-- The global index sequence increments by 1 (META-INF/orm.xml) so it has no gaps of 50 at each start.
create sequence domain_event_entry_seq start with 1 increment by 1;
create sequence association_value_entry_seq start with 1 increment by 50;

create table domain_event_entry (
    global_index          bigint       not null primary key,
    event_identifier      varchar(255) not null unique,
    aggregate_identifier  varchar(255) not null,
    sequence_number       bigint       not null,
    type                  varchar(255),
    payload_type          varchar(255) not null,
    payload_revision      varchar(255),
    payload               bytea        not null,
    meta_data             bytea,
    time_stamp            varchar(255) not null,
    unique (aggregate_identifier, sequence_number)
);

create table snapshot_event_entry (
    aggregate_identifier  varchar(255) not null,
    sequence_number       bigint       not null,
    type                  varchar(255) not null,
    event_identifier      varchar(255) not null unique,
    payload_type          varchar(255) not null,
    payload_revision      varchar(255),
    payload               bytea        not null,
    meta_data             bytea,
    time_stamp            varchar(255) not null,
    primary key (aggregate_identifier, sequence_number, type)
);

create table token_entry (
    processor_name  varchar(255) not null,
    segment         integer      not null,
    token           bytea,
    token_type      varchar(255),
    timestamp       varchar(255) not null,
    owner           varchar(255),
    primary key (processor_name, segment)
);

create table saga_entry (
    saga_id          varchar(255) not null primary key,
    saga_type        varchar(255),
    revision         varchar(255),
    serialized_saga  bytea
);

create table association_value_entry (
    id                 bigint       not null primary key,
    association_key    varchar(255) not null,
    association_value  varchar(255),
    saga_id            varchar(255) not null,
    saga_type          varchar(255)
);
create index association_value_lookup_idx on association_value_entry (saga_type, association_key, association_value);
create index association_value_saga_idx on association_value_entry (saga_id, saga_type);
