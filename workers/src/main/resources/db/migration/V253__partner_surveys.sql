-- Partner surveys: one invitation per partner and round (a relationship round, or one touchpoint:
-- onboarding done, an MDF payout, a deal conflict resolved, a certificate issued). The link's token
-- is stored only as its SHA-256 hash. One 0-10 answer and a comment, once; the partner's tier and
-- type are kept as they were when it was invited, so NPS by tier reads the programme of the time.
create table survey_invitation (
    id                    bigint        not null auto_increment,
    partner_id            bigint        not null,
    survey_round          varchar(64)   not null,
    touchpoint            varchar(32)   not null,
    token_hash            char(64)      not null,
    tier                  varchar(16),
    partner_type          varchar(32)   not null,
    invited_at            datetime(6)   not null,
    expires_at            datetime(6)   not null,
    answered_at           datetime(6),
    score                 int,
    answer_comment        varchar(2000),
    follow_up_raised_at   datetime(6),
    follow_up_closed_at   datetime(6),
    follow_up_note        varchar(1000),
    primary key (id),
    constraint fk_survey_invitation_partner foreign key (partner_id) references partner (id),
    constraint uq_survey_invitation_round unique (partner_id, survey_round),
    constraint uq_survey_invitation_token unique (token_hash)
);

create index ix_survey_invitation_partner on survey_invitation (partner_id, invited_at);
create index ix_survey_invitation_answered on survey_invitation (answered_at, touchpoint);
