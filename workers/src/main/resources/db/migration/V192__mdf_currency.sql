-- An MDF request carries its currency, and its amount in the programme currency at the rate of the
-- day it was made: budgets (in the programme currency) are drawn and given back in that amount. A
-- payout keeps its programme-currency amount, at the request's rate.
alter table mdf_request add column currency varchar(3);
alter table mdf_request add column programme_amount decimal(19,2);
alter table mdf_request add column programme_currency varchar(3);
alter table mdf_request add column fx_rate decimal(27,12);
alter table mdf_request add column fx_rate_date date;
alter table mdf_payout add column programme_amount decimal(19,2);

-- Requests and payouts from before this change were made in the programme currency, the only one
-- there was: the application fills these columns from partner-engine.money.programme-currency at its
-- next rate import (MdfProgrammeAmounts), and until then reads a missing programme amount as the
-- amount itself. Nothing is converted and nothing is lost.
