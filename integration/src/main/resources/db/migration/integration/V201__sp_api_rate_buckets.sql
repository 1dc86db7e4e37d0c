-- Token buckets of the SP-API rate limiter (Bucket4j, select-for-update): shared by every node, so N nodes together
-- stay within each account's usage plan.
create table sp_api_rate_bucket (
    id          varchar(200) primary key,
    state       bytea,
    expires_at  bigint
);
