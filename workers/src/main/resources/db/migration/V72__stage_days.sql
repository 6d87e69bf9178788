-- Stage entries and exits per UTC day and stage, recounted by analytics.StageVisits with the visits
-- (days from the catch-up's watermark on), so the partners-per-stage timeline reads a few rows per
-- day instead of replaying every stage entry.
create table stage_day (
    on_day  date        not null,
    stage   varchar(16) not null,
    entered int         not null,
    exited  int         not null,
    primary key (on_day, stage)
);
-- The days of the visits derived so far; days from the last one on are recounted by the next catch-up.
insert into stage_day (on_day, stage, entered, exited)
select on_day, stage, sum(entered), sum(exited) from (
  select cast(occurred_at as date) as on_day, stage, 1 as entered, 0 as exited
  from partner_event where type = 'STAGE_ENTERED'
  union all
  select cast(left_at as date) as on_day, stage, 0 as entered, 1 as exited
  from stage_visit
) c
group by on_day, stage;
