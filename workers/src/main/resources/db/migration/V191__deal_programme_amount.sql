-- A won deal keeps its amount in the programme currency at the rate of its close date, with the
-- rate used, so a later rate never changes past tiers or rebates. closed_on is the day the outcome
-- was recorded (UTC); deals closed before this change take the day of their last update, which is
-- when they were closed (a closed deal changes no more).
alter table deal add column closed_on date;
alter table deal add column programme_amount decimal(19,2);
alter table deal add column programme_currency varchar(3);
alter table deal add column fx_rate decimal(27,12);
alter table deal add column fx_rate_date date;
update deal set closed_on = cast(updated_at as date) where status in ('WON', 'WON_UNVERIFIED', 'LOST');

-- Wins recorded before this change get their programme amount when the application next imports
-- rates (DealProgrammeAmounts): in the programme currency, the amount itself; in another, converted
-- at the close date's rate, or left waiting, and counted, once that rate is imported. Until then a
-- win in the programme currency counts at its amount in every sum; nothing is dropped or guessed.

-- The forecast's sums stay covered by their indexes (V70) with the columns they now read: won revenue
-- per quarter (programme_currency, programme_amount, currency) and the pipeline per currency.
alter table deal drop index ix_deal_status_updated;
alter table deal drop index ix_deal_close;
create index ix_deal_status_updated on deal
    (status, updated_at, registered_at, programme_currency, programme_amount, currency, amount, outcome_amount);
create index ix_deal_close on deal (expected_close_date, registered_at, status, updated_at, currency, amount);
