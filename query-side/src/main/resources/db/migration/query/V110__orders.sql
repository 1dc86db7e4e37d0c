-- Read model of the AmazonOrder aggregates (projection "orders"): one row per order as Amazon last showed it (no buyer
-- data), its items with their linking counts, and which inventory items each item sold. Every event of an order is
-- applied once: order_view.version is the sequence number of the last event applied, so a redelivered event changes
-- nothing. Rebuilt by replay.
create table order_view (
    order_id          varchar(300) primary key,
    account_id        varchar(64)  not null,
    amazon_order_id   varchar(64)  not null,
    marketplace_id    varchar(32),
    purchase_date     timestamp with time zone not null,
    purchase_day      date         not null,
    last_updated_time timestamp with time zone not null,
    amazon_status     varchar(50),
    status            varchar(30)  not null,
    channel           varchar(20)  not null,
    ship_by           timestamp with time zone,
    deliver_by        timestamp with time zone,
    currency          varchar(3),
    total             numeric,
    lines             integer      not null,
    units             integer      not null,
    linked_units      integer      not null default 0,
    unmatched_units   integer      not null default 0,
    version           bigint       not null,
    updates           integer      not null default 0,
    imported_at       timestamp with time zone not null,
    updated_at        timestamp with time zone not null
);
create index order_view_purchase_idx on order_view (purchase_date desc, order_id);
create index order_view_account_purchase_idx on order_view (account_id, purchase_date desc, order_id);
create index order_view_status_idx on order_view (status);
create index order_view_amazon_id_idx on order_view (amazon_order_id);
create index order_view_unmatched_idx on order_view (order_id) where unmatched_units > 0;

create table order_item (
    order_id           varchar(300) not null,
    order_item_id      varchar(64)  not null,
    item_no            integer      not null,
    asin               varchar(20),
    seller_sku         varchar(200),
    title              text,
    quantity_ordered   integer      not null,
    quantity_shipped   integer      not null,
    currency           varchar(3),
    unit_price         numeric,
    line_price         numeric,
    promotion_ids      text,
    promotion_discount numeric,
    linked_units       integer      not null default 0,
    unmatched_units    integer      not null default 0,
    ignored_units      integer      not null default 0,
    primary key (order_id, order_item_id)
);
create index order_item_sku_idx on order_item (lower(seller_sku) text_pattern_ops);
create index order_item_asin_idx on order_item (asin);
create index order_item_unmatched_idx on order_item (order_id) where unmatched_units > 0;

create table order_link (
    order_id      varchar(300) not null,
    order_item_id varchar(64)  not null,
    item_id       varchar(64)  not null,
    local_sku     varchar(200),
    units         integer      not null,
    sale_price    numeric,
    currency      varchar(3),
    by_user       boolean      not null,
    linked_at     timestamp with time zone not null,
    primary key (order_id, order_item_id, item_id)
);
create index order_link_item_idx on order_link (item_id);
