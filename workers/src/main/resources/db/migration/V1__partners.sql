-- Partners and their audit history. MySQL syntax; H2 runs it in MODE=MySQL.
create table partner (
    id                   bigint        not null auto_increment,
    company_name         varchar(200)  not null,
    partner_type         varchar(32)   not null,
    country              varchar(2)    not null,
    website              varchar(255)  not null,
    company_domain       varchar(255),
    contact_name         varchar(200)  not null,
    contact_email        varchar(254)  not null,
    annual_revenue       decimal(19,2) not null,
    employees            int           not null,
    stage                varchar(16)   not null,
    tier                 varchar(16),
    process_instance_key bigint,
    created_at           datetime(6)    not null,
    updated_at           datetime(6)    not null,
    version              bigint        not null,
    primary key (id)
);
create index ix_partner_stage on partner (stage, id);
create index ix_partner_type on partner (partner_type, id);
create index ix_partner_domain on partner (company_domain);

-- One row per thing that happened to a partner. A worker writes its row with an
-- idempotency key so that a redelivered job cannot write it twice.
create table partner_event (
    id              bigint        not null auto_increment,
    partner_id      bigint        not null,
    occurred_at     datetime(6)    not null,
    type            varchar(64)   not null,
    stage           varchar(16)   not null,
    actor           varchar(100)  not null,
    detail          varchar(1000),
    idempotency_key varchar(200),
    primary key (id),
    constraint fk_partner_event_partner foreign key (partner_id) references partner (id),
    constraint uq_partner_event_idempotency unique (idempotency_key)
);
create index ix_partner_event_partner on partner_event (partner_id, occurred_at, id);
