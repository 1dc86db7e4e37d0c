-- The credentials vault: LWA client secret and refresh token, AES-256-GCM encrypted, never in the event store.
create table account_credentials (
    account_id     varchar(64)  primary key,
    key_id         varchar(16)  not null,
    client_secret  bytea        not null,
    refresh_token  bytea        not null,
    stored_at      timestamptz  not null
);
