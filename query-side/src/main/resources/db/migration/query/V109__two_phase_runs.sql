-- Two-phase runs (projection "sync-runs"): one row per run, one per SKU of a run, and each SKU's timeline.
-- queue_entry.run_id: the run that owns the entry until it ends; feed.run_id: the run a feed is a phase of.
alter table queue_entry add column run_id varchar(64);
create index queue_entry_run_idx on queue_entry (run_id);
alter table feed add column run_id varchar(64);

create table sync_run (
    run_id              varchar(64)  primary key,
    account_id          varchar(64)  not null,
    marketplace_id      varchar(32)  not null,
    step                varchar(16)  not null,
    outcome             varchar(16),
    skus                integer      not null,
    price_pending       integer      not null,
    price_live          integer      not null,
    quantity_pending    integer      not null,
    rescuing            integer      not null,
    verified            integer      not null,
    held                integer      not null,
    failed              integer      not null,
    rescued             integer      not null,
    price_feed_id       varchar(64)  not null,
    quantity_feed_id    varchar(64),
    note                text,
    reason              text,
    started_at          timestamptz  not null,
    ended_at            timestamptz,
    updated_at          timestamptz  not null
);
create index sync_run_started_idx on sync_run (started_at desc, run_id);
create index sync_run_target_idx on sync_run (account_id, marketplace_id, outcome);

-- Amounts are NUMERIC in the marketplace's currency; observed_price has its own currency (what Amazon shows).
create table sync_run_sku (
    run_id              varchar(64)  not null references sync_run (run_id) on delete cascade,
    sku                 varchar(64)  not null,
    position            integer      not null,
    operation           varchar(8)   not null,
    currency            varchar(3)   not null,
    price               numeric(14, 4) not null,
    units_added         integer      not null,
    entries             integer      not null,
    state               varchar(16)  not null,
    reason              text,
    observed_currency   varchar(3),
    observed_price      numeric(14, 4),
    observed_quantity   integer,
    rescued             boolean      not null,
    primary key (run_id, sku)
);
create index sync_run_sku_state_idx on sync_run_sku (run_id, state, position);

-- One row per SKU per event that moved it; (event_id, sku) makes a redelivered event write nothing twice, seq keeps
-- the order the events were applied in (several events can share a time).
create table sync_run_sku_step (
    seq                 bigserial,
    run_id              varchar(64)  not null references sync_run (run_id) on delete cascade,
    sku                 varchar(64)  not null,
    event_id            varchar(64)  not null,
    at                  timestamptz  not null,
    what                text         not null,
    primary key (event_id, sku)
);
create index sync_run_sku_step_idx on sync_run_sku_step (run_id, sku, seq);
