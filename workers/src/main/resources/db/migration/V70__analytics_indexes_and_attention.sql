-- Indexes for the analytics, scorecard and forecast queries (docs/analytics.md shows their plans).
-- Stage history: the previous STAGE_ENTERED of a partner, and the exits in a period.
create index ix_partner_event_type_partner on partner_event (type, partner_id, occurred_at, id);
create index ix_partner_event_type_time on partner_event (type, occurred_at);
-- Task analytics: open tasks per element, completed tasks in a window.
create index ix_user_task_state_element on user_task (state, element_id, due_date);
create index ix_user_task_state_completed on user_task (state, completed_at, element_id, created_at);
-- Scorecard and forecast: a partner's deals by status and closing time, registrations by time,
-- the programme's open pipeline and closed deals by time.
create index ix_deal_partner_status on deal (partner_id, status, updated_at);
create index ix_deal_partner_registered on deal (partner_id, registered_at);
-- Both cover their queries (the amounts included), so a quarter's deals are read from the index alone.
create index ix_deal_status_updated on deal (status, updated_at, registered_at, amount, outcome_amount);
create index ix_deal_close on deal (expected_close_date, registered_at, status, updated_at, amount);

-- One row per partner and attention reason (NO_RECENT_DEALS, CERTIFICATE_EXPIRING, ...): the
-- follow-up for it is raised once, and raised again (next round) only after the cause cleared.
create table partner_attention (
    id           bigint       not null auto_increment,
    partner_id   bigint       not null,
    reason       varchar(64)  not null,
    kind         varchar(16)  not null,
    status       varchar(16)  not null,
    round        int          not null,
    raised_at    datetime(6)  not null,
    cleared_at   datetime(6),
    followed_up_at datetime(6),
    follow_up_note varchar(1000),
    version      bigint       not null,
    primary key (id),
    constraint fk_partner_attention_partner foreign key (partner_id) references partner (id),
    constraint uq_partner_attention unique (partner_id, reason)
);
create index ix_partner_attention_kind on partner_attention (status, kind, raised_at, id);
