-- Command side: the submission in flight for each account and marketplace (FeedSlots). Claimed by a subscribing
-- processor in the transaction that stores FeedBuiltEvent, so the primary key refuses a second submission even under
-- concurrent commands; freed when the report is applied or the feed fails. Not a projection: never reset or replayed.
create table feed_slot (
    account_id      varchar(64)  not null,
    marketplace_id  varchar(32)  not null,
    feed_id         varchar(64)  not null,
    primary key (account_id, marketplace_id)
);
create index feed_slot_feed_idx on feed_slot (feed_id);
