-- Deal registrations. A deal is open while REGISTERED or APPROVED (protected).
create table deal (
    id                   bigint        not null auto_increment,
    partner_id           bigint        not null,
    customer_name        varchar(200)  not null,
    customer_domain      varchar(255)  not null,
    amount               decimal(19,2) not null,
    currency             varchar(3)    not null,
    expected_close_date  date          not null,
    status               varchar(16)   not null,
    process_instance_key bigint,
    conflicting_deal_id  bigint,
    protected_until      datetime(6),
    protection_extended  boolean       not null,
    outcome_amount       decimal(19,2),
    reason               varchar(1000),
    registered_at        datetime(6)   not null,
    updated_at           datetime(6)   not null,
    version              bigint        not null,
    primary key (id),
    constraint fk_deal_partner foreign key (partner_id) references partner (id)
);
create index ix_deal_partner on deal (partner_id, id);
create index ix_deal_domain on deal (customer_domain, status);

-- Who holds a customer right now: at most one open deal per customer domain. The unique domain
-- serialises concurrent registrations: the first insert wins, a second waits and then finds it.
create table customer_claim (
    customer_domain varchar(255) not null,
    deal_id         bigint       not null,
    partner_id      bigint       not null,
    claimed_at      datetime(6)  not null,
    primary key (customer_domain),
    constraint fk_customer_claim_deal foreign key (deal_id) references deal (id),
    constraint uq_customer_claim_deal unique (deal_id)
);
