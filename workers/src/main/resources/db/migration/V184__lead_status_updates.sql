-- When the partner that took a lead last said where it stands: the lead's process waits for a deal
-- or a loss, and each update starts its reminder and reclaim clocks again.
alter table sales_lead add column status_updated_at datetime(6);
