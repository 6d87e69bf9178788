-- A partner's tier history: one row per tier review, whatever its outcome (upgraded, downgraded,
-- kept by a manager, unchanged). The review's process instance key makes a redelivered job a no-op.
create table tier_change (
    id              bigint        not null auto_increment,
    partner_id      bigint        not null,
    review_key      bigint        not null,
    from_tier       varchar(16)   not null,
    to_tier         varchar(16)   not null,
    proposed_tier   varchar(16)   not null,
    outcome         varchar(16)   not null,
    reason          varchar(1000) not null,
    review_trigger  varchar(32)   not null,
    decided_by      varchar(100)  not null,
    decided_at      datetime(6)   not null,
    primary key (id),
    constraint fk_tier_change_partner foreign key (partner_id) references partner (id),
    constraint uq_tier_change_review unique (review_key)
);
create index ix_tier_change_partner on tier_change (partner_id, decided_at, id);
