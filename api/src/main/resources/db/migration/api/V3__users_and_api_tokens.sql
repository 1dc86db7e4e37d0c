-- Who may sign in (password hashes only) and the API tokens scripts use (SHA-256 of the token only).
create table app_user (
    username       varchar(100) primary key,
    password_hash  varchar(200) not null,
    role           varchar(20)  not null,
    created_at     timestamptz  not null
);

create table api_token (
    id            varchar(36)  primary key,
    name          varchar(100) not null,
    token_hash    char(64)     not null unique,
    username      varchar(100) not null references app_user (username),
    created_at    timestamptz  not null,
    last_used_at  timestamptz,
    revoked_at    timestamptz
);
