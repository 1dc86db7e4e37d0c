-- One row per feed we set out to submit, written (and committed) before createFeed is sent. A redelivered
-- FeedDocumentUploadedEvent finds the row and looks the feed up with getFeeds instead of creating a second one.
-- amazon_feed_id is the feed Amazon answered or the one adopted after a lost answer; unique per account, so two of
-- our feeds can never adopt the same Amazon feed.
create table feed_submission_attempt (
    feed_id           text primary key,
    account_id        text not null,
    marketplace_id    text not null,
    feed_document_id  text not null,
    attempted_at      timestamptz not null,
    amazon_feed_id    text,
    recovered         boolean not null default false,
    outcome           text,
    updated_at        timestamptz not null,
    constraint feed_submission_attempt_amazon_feed unique (account_id, amazon_feed_id)
);

create index feed_submission_attempt_account on feed_submission_attempt (account_id, attempted_at);
