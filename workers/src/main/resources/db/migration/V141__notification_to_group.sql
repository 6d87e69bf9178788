-- A notification to a staff group about no one partner (the digest of tasks offered to the group):
-- no partner, the group's name instead; its address is read from the configuration when it is sent.
alter table notification modify column partner_id bigint null;
alter table notification add column recipient_group varchar(100);
