-- A partner's answered offers (its acceptance rate) are read through this index, named in the query:
-- by partner first, H2 read every open offer of the candidates too, one lead after the other.
create index ix_lead_offer_status on lead_offer (status, partner_id, offered_at);
