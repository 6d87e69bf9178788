-- A partner whose lifecycle did not start (the app stopped between committing the partner and
-- starting its process) is found by the orphan sweep; the claim column keeps two sweeps, or two
-- app instances, from starting it twice.
alter table partner add column lifecycle_claimed_at datetime(6);
create index ix_partner_orphans on partner (process_instance_key, stage, created_at);
