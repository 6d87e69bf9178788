-- When a sweep last claimed a content version submitted without a review instance to start: of two
-- sweeps (two app instances) only one starts it, and a claim expires after the grace.
alter table content_version add column start_claimed_at datetime(6);
create index ix_content_version_unstarted on content_version (process_instance_key, submitted_at);
