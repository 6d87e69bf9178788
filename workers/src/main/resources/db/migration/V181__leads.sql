-- Leads: one row per lead handed in, stored before its lead-distribution instance starts
-- (RECEIVED with no instance: the sweep starts it). Contact details stay here, never in variables.
-- Named sales_lead: LEAD is a reserved word on MySQL 8.
create table sales_lead (
    id                   bigint       not null auto_increment,
    company_name         varchar(200) not null,
    domain               varchar(255) not null,
    country              varchar(2)   not null,
    postcode             varchar(12),
    product              varchar(60)  not null,
    contact_name         varchar(200) not null,
    contact_email        varchar(254) not null,
    source               varchar(60)  not null,
    campaign             varchar(100),
    status               varchar(16)  not null,
    routing_rule         varchar(40),
    partner_id           bigint,
    process_instance_key bigint,
    start_claimed_at     datetime(6),
    received_at          datetime(6)  not null,
    updated_at           datetime(6)  not null,
    version              bigint       not null,
    primary key (id),
    constraint fk_lead_partner foreign key (partner_id) references partner (id)
);
create index ix_lead_status on sales_lead (status, received_at);
create index ix_lead_partner on sales_lead (partner_id, id);

-- Each offer of a lead to a partner, one per round: the round is the natural key a redelivered
-- pick finds again. A partner sees the lead's details once it opened the offer (opened_at). A lead
-- given to a partner without an offer (the customer's partner, or triage) is an accepted row of
-- round 0 marked assigned.
create table lead_offer (
    id             bigint        not null auto_increment,
    lead_id        bigint        not null,
    round          int           not null,
    partner_id     bigint        not null,
    weight         decimal(12,4) not null,
    status         varchar(12)   not null,
    decline_reason varchar(20),
    assigned       boolean       not null,
    offered_at     datetime(6)   not null,
    expires_at     datetime(6)   not null,
    opened_at      datetime(6),
    decided_at     datetime(6),
    version        bigint        not null,
    primary key (id),
    constraint uq_lead_offer_round unique (lead_id, round),
    constraint fk_lead_offer_lead foreign key (lead_id) references sales_lead (id),
    constraint fk_lead_offer_partner foreign key (partner_id) references partner (id)
);
create index ix_lead_offer_partner on lead_offer (partner_id, status, offered_at);

-- Who was considered in each round, with the weight the rules gave, or why the partner was left out.
create table lead_candidate (
    id                   bigint        not null auto_increment,
    lead_id              bigint        not null,
    round                int           not null,
    partner_id           bigint        not null,
    position             int,
    tier                 varchar(16),
    specialisation_count int,
    acceptance_rate      decimal(5,4),
    weight               decimal(12,4),
    excluded_reason      varchar(30),
    primary key (id),
    constraint uq_lead_candidate unique (lead_id, round, partner_id),
    constraint fk_lead_candidate_lead foreign key (lead_id) references sales_lead (id)
);
