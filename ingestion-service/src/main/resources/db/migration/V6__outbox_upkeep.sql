-- The outbox is a queue: every event is inserted, marked published moments later, and kept for the
-- retention period. With the default scale factor (20% of the table) a week of retained events
-- would let millions of dead versions pile up in the pending index that every relay run scans
-- before autovacuum came by; a fixed threshold has it clean the table every few thousand events.
alter table outbox_event set (autovacuum_vacuum_scale_factor = 0, autovacuum_vacuum_threshold = 5000);
