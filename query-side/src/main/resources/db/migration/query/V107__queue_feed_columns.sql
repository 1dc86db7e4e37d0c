-- The feed that carries a queue entry right now, and why the last feed did not apply it.
alter table queue_entry add column feed_id varchar(64);
alter table queue_entry add column last_failure text;
create index queue_entry_feed_idx on queue_entry (feed_id);
