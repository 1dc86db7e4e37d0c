-- Buyer PII of orders (integration.orders.BuyerDataTable): never in the event store. Keyed by sellersync's order id
-- (account @ Amazon order id); purged piiRetention (30 days) after delivered_at.
create table order_buyer (
    order_id        varchar(128) primary key,
    account_id      varchar(64)  not null,
    buyer_name      text,
    buyer_email     text,
    recipient_name  text,
    address_line1   text,
    address_line2   text,
    city            text,
    postal_code     text,
    country_code    varchar(8),
    phone           text,
    delivered_at    timestamp with time zone,
    updated_at      timestamp with time zone not null
);
create index order_buyer_delivered_idx on order_buyer (delivered_at);

-- Orders awaiting dispatch (integration.orders.DispatchWatch): re-read with getOrder to catch status changes the
-- list missed; a row goes when the order is no longer awaiting dispatch.
create table order_dispatch_watch (
    order_id          varchar(128) primary key,
    account_id        varchar(64)  not null,
    amazon_order_id   varchar(64)  not null,
    last_seen_at      timestamp with time zone not null
);
create index order_dispatch_watch_seen_idx on order_dispatch_watch (account_id, last_seen_at);

-- Order backfills (integration.orders.OrderBackfills): the creation-date range asked for, how far the windowed
-- reading has come (position), what it saw, and its state; the db-scheduler task resumes from position after a crash.
create table order_backfill (
    backfill_id  varchar(64)  primary key,
    account_id   varchar(64)  not null,
    range_from   timestamp with time zone not null,
    range_to     timestamp with time zone not null,
    position     timestamp with time zone not null,
    orders       bigint       not null default 0,
    state        varchar(16)  not null,
    last_error   text,
    created_at   timestamp with time zone not null,
    updated_at   timestamp with time zone not null
);
create index order_backfill_account_idx on order_backfill (account_id, created_at desc);
