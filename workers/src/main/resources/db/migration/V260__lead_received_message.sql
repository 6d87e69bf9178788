-- A lead an integration handed in with the lead-received message: the lead-distribution instance
-- the message started, so a redelivered first job finds the lead it stored and stores no second.
alter table sales_lead add column received_in_instance bigint;
create unique index uq_sales_lead_received_in_instance on sales_lead (received_in_instance);
