-- Feed documents outside the event store, by the SHA-256 (hex) of their exact bytes: the JSON_LISTINGS_FEED payloads
-- we send (kind PAYLOAD) and the processing reports Amazon returns (kind REPORT). Written once, never changed.
create table feed_document (
    digest      text         primary key,
    kind        text         not null,
    content     bytea        not null,
    bytes       bigint       not null,
    created_at  timestamptz  not null default now()
);
