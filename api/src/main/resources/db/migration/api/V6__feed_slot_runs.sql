-- A two-phase run holds its account and marketplace's submission slot from its start to its end (run_id), and its
-- phase feeds take the slot's feed_id in turn; a plain submission holds it with feed_id alone, as before.
alter table feed_slot alter column feed_id drop not null;
alter table feed_slot add column run_id varchar(64);
create unique index feed_slot_run_idx on feed_slot (run_id);
