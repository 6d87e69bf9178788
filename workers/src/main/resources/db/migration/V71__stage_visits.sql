-- Stage visits, derived from the STAGE_ENTERED history (analytics.StageVisits catches up before each
-- read): one row per visit that ended, keyed by the history entry that ended it, so catching up twice
-- or over an overlap writes nothing twice. Cycle times then read one index range, however long the
-- history is.
create table stage_visit (
    exit_event_id bigint      not null,
    partner_id    bigint      not null,
    stage         varchar(16) not null,
    entered_at    datetime(6) not null,
    left_at       datetime(6) not null,
    primary key (exit_event_id)
);
create index ix_stage_visit_left on stage_visit (left_at, stage, entered_at);
