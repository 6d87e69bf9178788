-- The markets the programme runs in. A region holds countries (a country is in one region at
-- most), a base currency (null: the programme currency, partner-engine.money.programme-currency),
-- a default locale and the groups that approve for it. A new region is PLANNED, LAUNCHING while
-- its region-launch process runs its checklist, then LIVE. The catch-all region takes every
-- country no other region names; it is LIVE from the start and holds the partners stored before
-- regions existed.
create table region (
    id                    bigint        not null auto_increment,
    code                  varchar(32)   not null,
    name                  varchar(120)  not null,
    base_currency         varchar(3),
    default_locale        varchar(35)   not null,
    status                varchar(16)   not null,
    catch_all             boolean       not null default false,
    legal_entity          varchar(200),
    tax_form              varchar(200),
    launch_requested_by   varchar(255),
    launch_requested_at   datetime(6),
    live_since            datetime(6),
    process_instance_key  bigint,
    start_claimed_at      datetime(6),
    created_at            datetime(6)   not null,
    version               bigint        not null,
    primary key (id),
    constraint uq_region_code unique (code)
);
create index ix_region_status on region (status, launch_requested_at);

create table region_country (
    country    varchar(2)  not null,
    region_id  bigint   not null,
    primary key (country),
    constraint fk_region_country_region foreign key (region_id) references region (id)
);
create index ix_region_country_region on region_country (region_id);

create table region_approver_group (
    region_id   bigint        not null,
    group_name  varchar(100)  not null,
    primary key (region_id, group_name),
    constraint fk_region_approver_group_region foreign key (region_id) references region (id)
);

insert into region (code, name, base_currency, default_locale, status, catch_all, live_since, created_at, version)
values ('GLOBAL', 'Global programme', null, 'en', 'LIVE', true, current_timestamp, current_timestamp, 0);

-- Every partner belongs to a region from its enrichment on; the ones stored before go to the
-- catch-all. held_for_region_since: the application waits for its region to go live.
alter table partner add column region_id bigint;
alter table partner add column held_for_region_since datetime(6);
update partner set region_id = (select id from region where code = 'GLOBAL');
alter table partner add constraint fk_partner_region foreign key (region_id) references region (id);
create index ix_partner_region_held on partner (region_id, held_for_region_since);

-- MDF budgets per region, tier and quarter; a request draws from its partner's region. The
-- budgets and requests stored before belong to the catch-all.
alter table mdf_budget add column region_id bigint;
update mdf_budget set region_id = (select id from region where code = 'GLOBAL');
alter table mdf_budget modify column region_id bigint not null;
alter table mdf_budget drop constraint uq_mdf_budget_tier_quarter;
alter table mdf_budget add constraint uq_mdf_budget_region_tier_quarter unique (region_id, tier, quarter);
alter table mdf_budget add constraint fk_mdf_budget_region foreign key (region_id) references region (id);

alter table mdf_request add column region_id bigint;
update mdf_request set region_id = (select id from region where code = 'GLOBAL');
alter table mdf_request modify column region_id bigint not null;
alter table mdf_request add constraint fk_mdf_request_region foreign key (region_id) references region (id);
