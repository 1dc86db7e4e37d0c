-- Inventory read model, written by the replayable "inventory" projection. Money is NUMERIC with its currency.
-- local_sku is indexed but not unique here: uniqueness is decided on the command side (inventory_local_sku below),
-- and a projection running items in parallel segments may briefly apply a SKU swap out of order.
create table inventory_item (
    item_id         varchar(64)   primary key,
    local_sku       varchar(40)   not null,
    asin            varchar(10),
    title           varchar(500),
    item_condition  varchar(40)   not null,
    price_amount    numeric(19,4),
    price_currency  varchar(3),
    quantity        integer       not null,
    cost_amount     numeric(19,4),
    cost_currency   varchar(3),
    status          varchar(20)   not null,
    notes           text,
    created_at      timestamptz   not null,
    updated_at      timestamptz   not null
);
create index inventory_item_local_sku_idx on inventory_item (local_sku);
create index inventory_item_lower_sku_idx on inventory_item (lower(local_sku));
create index inventory_item_asin_idx on inventory_item (asin);
create index inventory_item_lower_title_idx on inventory_item (lower(title));
create index inventory_item_status_idx on inventory_item (status, updated_at desc);
create index inventory_item_condition_idx on inventory_item (item_condition);
create index inventory_item_updated_idx on inventory_item (updated_at desc);
create index inventory_item_price_idx on inventory_item (price_amount);

-- Command side: which item holds each local SKU. Written by a subscribing processor in the transaction that stores
-- the event, so the primary key refuses a second item with the same SKU even under concurrent commands. Not a
-- projection: it is never reset or replayed.
create table inventory_local_sku (
    local_sku  varchar(40)  primary key,
    item_id    varchar(64)  not null
);
create index inventory_local_sku_item_idx on inventory_local_sku (item_id);
