-- Account mapping: the account populations a partner shares (its customers, open opportunities and
-- prospects, as registrable domains) and how far it shares each: HIDDEN, COUNTS or OVERLAPS.
create table shared_population (
    partner_id     bigint       not null,
    population     varchar(32)  not null,
    sharing_level  varchar(16)  not null,
    account_count  int          not null,
    shared_by      varchar(255) not null,
    updated_at     datetime(6)  not null,
    primary key (partner_id, population),
    constraint fk_shared_population_partner foreign key (partner_id) references partner (id)
);

create table shared_account (
    partner_id  bigint       not null,
    population  varchar(32)  not null,
    domain      varchar(253) not null,
    primary key (partner_id, population, domain),
    constraint fk_shared_account_population foreign key (partner_id, population)
        references shared_population (partner_id, population)
);

create index ix_shared_account_domain on shared_account (domain);
