-- Read model of the SyncCursor aggregates (projection "sync-cursors"): one row per account and data set.
create table sync_cursor (
    cursor_id              varchar(128) primary key,
    account_id             varchar(64)  not null,
    data_set               varchar(32)  not null,
    position               timestamp with time zone,
    last_kind              varchar(32),
    last_from              timestamp with time zone,
    last_to                timestamp with time zone,
    last_items             integer      not null default 0,
    last_completed_at      timestamp with time zone,
    last_error             text,
    last_error_request_id  varchar(128),
    last_failed_at         timestamp with time zone,
    failures_in_row        integer      not null default 0
);
create index sync_cursor_account_idx on sync_cursor (account_id);
