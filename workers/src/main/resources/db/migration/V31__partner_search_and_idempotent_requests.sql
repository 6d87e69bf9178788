-- Partner list filters: tier, and prefix search on the company name and domain.
create index ix_partner_tier on partner (tier, id);
create index ix_partner_company_name on partner (company_name);

-- A POST with an Idempotency-Key answers a replay with the first answer. The key is unique, so
-- two concurrent twins cannot both start work.
create table idempotent_request (
    id              bigint        not null auto_increment,
    idempotency_key varchar(100)  not null,
    endpoint        varchar(100)  not null,
    request_hash    varchar(64)   not null,
    response_status int,
    response_body   varchar(4000),
    response_location varchar(255),
    created_at      datetime(6)   not null,
    completed_at    datetime(6),
    primary key (id),
    constraint uq_idempotent_request unique (endpoint, idempotency_key)
);
