-- Accounts that talk to another SP-API implementation (demo mode's emulator), and accounts Amazon no longer accepts.
alter table account_view add column sp_api_url varchar(500);
alter table account_view add column lwa_url varchar(500);
alter table account_view add column needs_reauthorization text;
