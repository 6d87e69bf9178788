-- What became of a lead its partner took: the deal registered from it, or why it was lost.
alter table sales_lead add column deal_id bigint;
alter table sales_lead add column lost_reason varchar(32);
