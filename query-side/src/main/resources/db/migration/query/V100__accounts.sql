-- Read model of connected seller accounts (no secrets: those live in account_credentials).
create table account_view (
    account_id                varchar(64)  primary key,
    name                      varchar(100) not null,
    selling_partner_id        varchar(32)  not null,
    region                    varchar(2)   not null,
    marketplaces              text         not null,
    lwa_client_id             varchar(255) not null,
    client_secret_expires_on  date,
    connected_at              timestamptz  not null,
    updated_at                timestamptz  not null
);
create index account_view_name_idx on account_view (lower(name));
