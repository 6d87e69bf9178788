-- Market development funds: requests, budgets per tier and quarter, claims and payouts.
create table mdf_request (
    id                   bigint        not null auto_increment,
    partner_id           bigint        not null,
    tier                 varchar(16)   not null,
    activity             varchar(1000) not null,
    amount               decimal(19,2) not null,
    planned_date         date          not null,
    budget_quarter       varchar(7)    not null,
    status               varchar(16)   not null,
    reserved_amount      decimal(19,2),
    reason               varchar(1000),
    process_instance_key bigint,
    requested_at         datetime(6)   not null,
    updated_at           datetime(6)   not null,
    version              bigint        not null,
    primary key (id),
    constraint fk_mdf_request_partner foreign key (partner_id) references partner (id)
);
create index ix_mdf_request_partner on mdf_request (partner_id, id);

-- Seeded lazily from configuration the first time a tier's quarter is reserved against.
create table mdf_budget (
    id          bigint        not null auto_increment,
    tier        varchar(16)   not null,
    quarter     varchar(7)    not null,
    total       decimal(19,2) not null,
    remaining   decimal(19,2) not null,
    primary key (id),
    constraint uq_mdf_budget_tier_quarter unique (tier, quarter),
    constraint ck_mdf_budget_not_negative check (remaining >= 0)
);

-- One claim per request.
create table mdf_claim (
    id                    bigint        not null auto_increment,
    mdf_request_id        bigint        not null,
    proof_of_performance  varchar(2000) not null,
    amount_claimed        decimal(19,2) not null,
    submitted_at          datetime(6)   not null,
    primary key (id),
    constraint fk_mdf_claim_request foreign key (mdf_request_id) references mdf_request (id),
    constraint uq_mdf_claim_request unique (mdf_request_id)
);

-- One payout per request, ever.
create table mdf_payout (
    id              bigint        not null auto_increment,
    mdf_request_id  bigint        not null,
    amount          decimal(19,2) not null,
    paid_at         datetime(6)   not null,
    primary key (id),
    constraint fk_mdf_payout_request foreign key (mdf_request_id) references mdf_request (id),
    constraint uq_mdf_payout_request unique (mdf_request_id)
);
