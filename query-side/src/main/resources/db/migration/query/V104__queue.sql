-- Read model of the sync queue: one row per active entry (inventory item × account × marketplace).
create table queue_entry (
    queue_item_id         varchar(255) primary key,
    item_id               varchar(64)  not null,
    account_id            varchar(64)  not null,
    marketplace_id        varchar(32)  not null,
    local_sku             varchar(64)  not null,
    title                 varchar(500),
    asin                  varchar(16)  not null,
    condition_code        varchar(32)  not null,
    seller_sku            varchar(64)  not null,
    new_sku               boolean      not null,
    product_type          varchar(100),
    currency              varchar(3)   not null,
    price                 numeric(14, 4) not null,
    quantity              integer      not null,
    live_price            numeric(14, 4),
    live_quantity         integer,
    conflict_kind         varchar(16),
    their_price           numeric(14, 4),
    needs_confirmation    boolean      not null,
    reprice               boolean      not null,
    queued_at             timestamptz  not null
);
create index queue_entry_target_idx on queue_entry (account_id, marketplace_id);
create index queue_entry_sku_idx on queue_entry (account_id, marketplace_id, seller_sku);
