-- Read model of feeds (dry runs and submissions): one row per feed and one per message.
create table feed (
    feed_id                 varchar(64)  primary key,
    account_id              varchar(64)  not null,
    marketplace_id          varchar(32)  not null,
    kind                    varchar(16)  not null,
    status                  varchar(16)  not null,
    amazon_feed_id          varchar(64),
    amazon_status           varchar(16),
    messages                integer      not null,
    accepted                integer      not null,
    warnings                integer      not null,
    errors                  integer      not null,
    verified                integer      not null,
    mismatched              integer      not null,
    timed_out               integer      not null,
    pending                 integer      not null,
    delay                   varchar(8),
    reason                  text,
    cancel_problem          text,
    payload_digest          varchar(64),
    report_digest           varchar(64),
    feed_issues             text         not null,
    built_at                timestamptz  not null,
    submitted_at            timestamptz,
    processing_started_at   timestamptz,
    processed_at            timestamptz,
    finished_at             timestamptz
);
create index feed_built_idx on feed (built_at desc, feed_id);
create index feed_target_idx on feed (account_id, marketplace_id, kind, status);

-- Amounts are NUMERIC in the message's currency (the marketplace's); observed_price has its own currency column
-- because it is what Amazon shows. issues is a JSON array of {code, severity, message, attributeName}; entries a JSON
-- array of queue entry ids.
create table feed_message (
    feed_id             varchar(64)  not null references feed (feed_id) on delete cascade,
    message_id          integer      not null,
    sku                 varchar(64)  not null,
    operation           varchar(8)   not null,
    product_type        varchar(100),
    asin                varchar(16),
    currency            varchar(3),
    price               numeric(14, 4),
    quantity            integer,
    live_price          numeric(14, 4),
    live_quantity       integer,
    units_added         integer      not null,
    entries             text         not null,
    outcome             varchar(8),
    issues              text         not null,
    verification        varchar(16),
    observed_currency   varchar(3),
    observed_price      numeric(14, 4),
    observed_quantity   integer,
    verified_at         timestamptz,
    primary key (feed_id, message_id)
);
