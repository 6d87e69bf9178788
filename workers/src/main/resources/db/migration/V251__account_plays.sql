-- How far the vendor shares each of its populations with partners, as managers set it (a
-- population without a row shares what partner-engine.ecosystem.vendor-sharing says).
create table vendor_sharing (
    population     varchar(32)  not null,
    sharing_level  varchar(16)  not null,
    updated_by     varchar(255) not null,
    updated_at     datetime(6)  not null,
    primary key (population)
);

-- A play the account-mapping refresh raised from an overlap: once per partner, account and play.
-- NEW until its intro-request instance offers it to the partner (OFFERED), then ACCEPTED,
-- DECLINED or EXPIRED. An accepted play's influenced_deal_id is the first deal registered for its
-- account after the answer: the partner influenced it.
create table account_play (
    id                    bigint        not null auto_increment,
    partner_id            bigint        not null,
    domain                varchar(253)  not null,
    play                  varchar(32)   not null,
    vendor_population     varchar(32)   not null,
    partner_population    varchar(32)   not null,
    status                varchar(16)   not null,
    process_instance_key  bigint,
    raised_at             datetime(6)   not null,
    expires_at            datetime(6),
    answered_at           datetime(6),
    answered_by           varchar(255),
    answer_note           varchar(1000),
    influenced_deal_id    bigint,
    primary key (id),
    constraint fk_account_play_partner foreign key (partner_id) references partner (id),
    constraint uq_account_play unique (partner_id, domain, play)
);

create index ix_account_play_partner on account_play (partner_id, id);
create index ix_shared_population_partner on shared_population (sharing_level, partner_id);
