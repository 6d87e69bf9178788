-- The enablement library: assets (what a partner sees in the list), their versions (a file or a
-- link, each reviewed and published by the content-publication process), the files of the
-- database storage, and who downloaded what.
create table content_asset (
    id                     bigint        not null auto_increment,
    title                  varchar(200)  not null,
    description            varchar(2000),
    kind                   varchar(32)   not null,
    locale                 varchar(16)   not null,
    audience_partner_types varchar(200),
    audience_minimum_tier  varchar(16),
    audience_countries     varchar(500),
    audience_certificate   varchar(100),
    published_version_id   bigint,
    created_by             varchar(255)  not null,
    created_at             datetime(6)   not null,
    updated_at             datetime(6)   not null,
    version                bigint        not null,
    primary key (id)
);
create index ix_content_asset_published on content_asset (published_version_id, id);

create table content_version (
    id                   bigint        not null auto_increment,
    asset_id             bigint        not null,
    number               int           not null,
    status               varchar(16)   not null,
    file_name            varchar(255),
    content_type         varchar(128),
    size_bytes           bigint,
    sha256               varchar(64),
    link                 varchar(2000),
    review_comment       varchar(1000),
    review_date          datetime(6),
    process_instance_key bigint,
    created_by           varchar(255)  not null,
    created_at           datetime(6)   not null,
    submitted_at         datetime(6),
    published_at         datetime(6),
    retired_at           datetime(6),
    version              bigint        not null,
    primary key (id),
    constraint fk_content_version_asset foreign key (asset_id) references content_asset (id),
    constraint uq_content_version_number unique (asset_id, number)
);

create table content_file (
    version_id bigint   not null,
    data       longblob not null,
    primary key (version_id),
    constraint fk_content_file_version foreign key (version_id) references content_version (id)
);

create table content_view (
    id         bigint       not null auto_increment,
    asset_id   bigint       not null,
    version_id bigint       not null,
    partner_id bigint       not null,
    username   varchar(255) not null,
    viewed_at  datetime(6)  not null,
    primary key (id),
    constraint fk_content_view_version foreign key (version_id) references content_version (id),
    constraint fk_content_view_partner foreign key (partner_id) references partner (id)
);
create index ix_content_view_asset on content_view (asset_id, viewed_at);
