-- A won deal counts (status WON) only once someone who can vouch for it has: the CRM's service
-- client or a manager reporting it, or staff confirming a partner's own report, which waits as
-- WON_UNVERIFIED. Wins recorded before this change keep counting, verified as of their close.
alter table deal add column outcome_reporter varchar(16);
alter table deal add column won_verified_at datetime(6);
update deal set won_verified_at = updated_at where status = 'WON';

-- The per-partner cap on open registrations counts through ix_deal_partner_status (V70).
