-- Per-account price guard rails (null until the seller sets them; then the maximum change is always present).
alter table account_view add column guard_floor numeric(14, 4);
alter table account_view add column guard_ceiling numeric(14, 4);
alter table account_view add column guard_max_change_percent numeric(7, 2);
