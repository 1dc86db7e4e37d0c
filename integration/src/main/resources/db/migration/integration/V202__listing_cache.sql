-- The listing cache: each account's SKUs per marketplace from GET_MERCHANT_LISTINGS_ALL_DATA, replaced as a whole
-- when a report completes. Prices keep Amazon's scale (NUMERIC) with their currency.
create table listing_cache (
    account_id      varchar(64)  not null,
    marketplace_id  varchar(32)  not null,
    seller_sku      varchar(64)  not null,
    asin            varchar(16),
    condition_type  varchar(32),
    price           numeric,
    currency        char(3),
    quantity        integer,
    status          varchar(32),
    imported_at     timestamptz  not null,
    primary key (account_id, marketplace_id, seller_sku)
);
create index listing_cache_asin_idx on listing_cache (account_id, marketplace_id, asin, condition_type);

-- One row per account and marketplace: what the report import is doing and how the last one went.
create table listing_cache_import (
    account_id      varchar(64)  not null,
    marketplace_id  varchar(32)  not null,
    state           varchar(24)  not null,
    report_id       varchar(64),
    started_at      timestamptz,
    last_import_at  timestamptz,
    sku_count       integer      not null default 0,
    last_error      text,
    updated_at      timestamptz  not null,
    primary key (account_id, marketplace_id)
);

-- Catalog Items product types per ASIN and marketplace, reused for 180 days.
create table catalog_product_type (
    asin            varchar(16)  not null,
    marketplace_id  varchar(32)  not null,
    product_type    varchar(100) not null,
    fetched_at      timestamptz  not null,
    primary key (asin, marketplace_id)
);

-- The drift check: listed items whose local price differs from Amazon's live price, replaced per account per run.
create table price_drift (
    account_id      varchar(64)  not null,
    marketplace_id  varchar(32)  not null,
    item_id         varchar(64)  not null,
    local_sku       varchar(100),
    asin            varchar(16),
    condition_type  varchar(32),
    seller_sku      varchar(64)  not null,
    local_price     numeric      not null,
    local_currency  char(3)      not null,
    live_price      numeric,
    live_currency   char(3),
    checked_at      timestamptz  not null,
    primary key (account_id, marketplace_id, item_id)
);

create table price_drift_check (
    account_id      varchar(64)  primary key,
    state           varchar(16)  not null,
    started_at      timestamptz,
    finished_at     timestamptz,
    compared        integer      not null default 0,
    last_error      text
);
