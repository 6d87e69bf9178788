-- Sales territories: a name and the areas it covers (a country, optionally only the postcodes
-- that start with a prefix). An empty prefix covers the whole country.
create table territory (
    id         bigint       not null auto_increment,
    name       varchar(100) not null,
    created_at datetime(6)  not null,
    updated_at datetime(6)  not null,
    version    bigint       not null,
    primary key (id),
    constraint uq_territory_name unique (name)
);

create table territory_area (
    territory_id    bigint      not null,
    country         varchar(2)  not null,
    postcode_prefix varchar(10) not null,
    primary key (territory_id, country, postcode_prefix),
    constraint fk_territory_area_territory foreign key (territory_id) references territory (id)
);
create index ix_territory_area_country on territory_area (country, postcode_prefix);

-- What a partner takes on in selling: the territories it covers, the products it specialises in,
-- and how many leads it can take in 30 days.
create table partner_coverage (
    partner_id bigint      not null,
    capacity   int         not null,
    updated_at datetime(6) not null,
    version    bigint      not null,
    primary key (partner_id),
    constraint fk_partner_coverage_partner foreign key (partner_id) references partner (id)
);

create table partner_territory (
    partner_id   bigint not null,
    territory_id bigint not null,
    primary key (partner_id, territory_id),
    constraint fk_partner_territory_coverage foreign key (partner_id) references partner_coverage (partner_id),
    constraint fk_partner_territory_territory foreign key (territory_id) references territory (id)
);
create index ix_partner_territory_territory on partner_territory (territory_id, partner_id);

create table partner_specialisation (
    partner_id bigint      not null,
    product    varchar(60) not null,
    primary key (partner_id, product),
    constraint fk_partner_specialisation_coverage foreign key (partner_id) references partner_coverage (partner_id)
);
create index ix_partner_specialisation_product on partner_specialisation (product, partner_id);
