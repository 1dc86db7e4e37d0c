-- Read model of the FinancialTransaction aggregates (projection "finances"): one row per transaction with its figures
-- under the fee registry, its money per category (item_no 0 = the whole transaction, 1.. = its items) and its items
-- (for per-SKU figures); plus which inventory items stand behind a seller SKU and their cost (for margins). Every
-- reconciliation figure is a sum over these rows, so a replay recomputes all of them.
create table finance_transaction (
    transaction_id        varchar(300) primary key,
    account_id            varchar(64)  not null,
    amazon_transaction_id varchar(200) not null,
    type                  varchar(100) not null,
    status                varchar(50),
    description           text,
    posted_at             timestamp with time zone not null,
    posted_month          varchar(7)   not null,
    marketplace_id        varchar(32),
    order_id              varchar(100),
    group_id              varchar(100),
    sku                   varchar(200),
    asin                  varchar(20),
    quantity              integer,
    currency              varchar(3)   not null,
    total                 numeric      not null,
    sales                 numeric      not null,
    refunds               numeric      not null,
    fees                  numeric      not null,
    reserve               numeric      not null,
    payouts               numeric      not null,
    uncategorised         numeric      not null,
    net                   numeric      not null,
    unknown_types         text,
    version               bigint       not null,
    changes               integer      not null default 0,
    recorded_at           timestamp with time zone not null,
    updated_at            timestamp with time zone not null
);
create index finance_transaction_posted_idx on finance_transaction (account_id, posted_at desc, transaction_id);
create index finance_transaction_all_posted_idx on finance_transaction (posted_at desc, transaction_id);
create index finance_transaction_order_idx on finance_transaction (order_id) where order_id is not null;
create index finance_transaction_group_idx on finance_transaction (group_id) where group_id is not null;
create index finance_transaction_month_idx on finance_transaction (posted_month, currency);
create index finance_transaction_sku_idx on finance_transaction (sku);
create index finance_transaction_asin_idx on finance_transaction (asin);

create table finance_category_amount (
    transaction_id varchar(300) not null,
    item_no        integer      not null,
    category       varchar(40)  not null,
    amount         numeric      not null,
    primary key (transaction_id, item_no, category)
);

create table finance_transaction_item (
    transaction_id varchar(300) not null,
    item_no        integer      not null,
    sku            varchar(200),
    asin           varchar(20),
    quantity       integer,
    sales          numeric      not null,
    refunds        numeric      not null,
    fees           numeric      not null,
    net            numeric      not null,
    uncategorised  numeric      not null,
    primary key (transaction_id, item_no)
);
create index finance_transaction_item_sku_idx on finance_transaction_item (sku);

create table finance_sku_item (
    account_id varchar(64)  not null,
    seller_sku varchar(200) not null,
    item_id    varchar(64)  not null,
    primary key (account_id, seller_sku, item_id)
);

create table finance_item_cost (
    item_id  varchar(64) primary key,
    cost     numeric,
    currency varchar(3)
);
