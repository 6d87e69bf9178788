-- When a sweep last claimed a deal or MDF request stored without a process instance to start it:
-- of two sweeps (two app instances) only one starts it, and a claim expires after the grace.
alter table deal add column start_claimed_at datetime(6);
alter table mdf_request add column start_claimed_at datetime(6);
create index ix_deal_unstarted on deal (process_instance_key, registered_at);
create index ix_mdf_request_unstarted on mdf_request (process_instance_key, requested_at);
