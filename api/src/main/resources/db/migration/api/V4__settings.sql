-- Settings → Sync: where "add to queue" sends items when the request names no account or marketplace (one row).
create table sync_settings (
    id                      integer primary key check (id = 1),
    default_account_id      varchar(64),
    default_marketplace_id  varchar(32),
    updated_at              timestamptz not null
);
