-- Historical transaction imports (integration.finances.TransactionImports): the range asked for, how far the chunked
-- reading has come (position), what it saw, and its state; the db-scheduler task resumes from position after a crash.
create table finance_import (
    import_id    varchar(64)  primary key,
    account_id   varchar(64)  not null,
    range_from   timestamp with time zone not null,
    range_to     timestamp with time zone not null,
    position     timestamp with time zone not null,
    transactions bigint       not null default 0,
    state        varchar(16)  not null,
    last_error   text,
    created_at   timestamp with time zone not null,
    updated_at   timestamp with time zone not null
);
create index finance_import_account_idx on finance_import (account_id, created_at desc);
