-- Two more facts the lead-candidate-weight rules read, kept with each candidate of a round so the
-- routing explanation shows them: how close the partner's coverage is to the lead (its postcode
-- area, or only the country) and the partner's win rate over the last year.
alter table lead_candidate add column distance_band varchar(16);
alter table lead_candidate add column win_rate decimal(5,4);
