-- The moments a touchpoint survey was considered for: onboarding done (the partner entered ENABLE),
-- a certificate issued, an MDF payout. One row per moment, claimed before the partner is asked, so
-- two sweeps (or two app instances) never ask twice; the row keeps what survey-eligibility said.
create table survey_touchpoint (
    source        varchar(16)  not null,
    source_id     bigint       not null,
    partner_id    bigint       not null,
    touchpoint    varchar(32)  not null,
    decided_at    datetime(6)  not null,
    invited       boolean      not null,
    reason        varchar(32)  not null,
    primary key (source, source_id),
    constraint fk_survey_touchpoint_partner foreign key (partner_id) references partner (id)
);
