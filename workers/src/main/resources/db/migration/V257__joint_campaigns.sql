-- A joint campaign: its audience (read by the campaign-eligibility decision), its dates, what it
-- costs per partner (the campaign-funding decision says which share of it the vendor funds as
-- MDF), the copy partners launch under their own brand (a Mustache template with merge fields) and
-- the library assets that go with it. STARTING until its joint-campaign instance is bound, then
-- RUNNING, and ENDED when every participation has ended.
create table campaign (
    id                       bigint        not null auto_increment,
    name                     varchar(200)  not null,
    goal                     varchar(32)   not null,
    audience_partner_types   varchar(500),
    audience_minimum_tier    varchar(16),
    audience_countries       varchar(1000),
    audience_certificate     varchar(100),
    starts_on                date          not null,
    ends_on                  date          not null,
    opt_in_days              int           not null,
    cost_per_partner         decimal(19,2) not null,
    currency                 varchar(3)    not null,
    copy_subject             varchar(200)  not null,
    copy_body                varchar(8000) not null,
    asset_ids                varchar(500),
    status                   varchar(16)   not null,
    process_instance_key     bigint,
    start_claimed_at         datetime(6),
    created_by               varchar(255)  not null,
    created_at               datetime(6)   not null,
    ended_at                 datetime(6),
    version                  bigint        not null,
    primary key (id)
);
create index ix_campaign_status on campaign (status, created_at);

-- One partner's part in a campaign, from the invitation on. The tracking code goes into the
-- partner's co-branded copy: a response that names it is that partner's lead.
create table campaign_participation (
    id                       bigint        not null auto_increment,
    campaign_id              bigint        not null,
    partner_id               bigint        not null,
    status                   varchar(24)   not null,
    withdrawn_reason         varchar(32),
    tracking_code            varchar(32)   not null,
    opt_in_deadline          datetime(6)   not null,
    vendor_share_percent     int,
    mdf_request_id           bigint,
    process_instance_key     bigint,
    invited_at               datetime(6)   not null,
    answered_at              datetime(6),
    answered_by              varchar(255),
    launched_at              datetime(6),
    ended_at                 datetime(6),
    version                  bigint        not null,
    primary key (id),
    constraint fk_campaign_participation_campaign foreign key (campaign_id) references campaign (id),
    constraint fk_campaign_participation_partner foreign key (partner_id) references partner (id),
    constraint uq_campaign_participation unique (campaign_id, partner_id),
    constraint uq_campaign_tracking_code unique (tracking_code)
);
create index ix_campaign_participation_partner on campaign_participation (partner_id, id);
create index ix_campaign_participation_status on campaign_participation (partner_id, status);

-- The files a launch rendered for the partner to download: its copy with the merge fields filled.
create table campaign_file (
    id                       bigint        not null auto_increment,
    participation_id         bigint        not null,
    file_name                varchar(200)  not null,
    content_type             varchar(100)  not null,
    data                     longblob      not null,
    created_at               datetime(6)   not null,
    primary key (id),
    constraint fk_campaign_file_participation foreign key (participation_id) references campaign_participation (id),
    constraint uq_campaign_file unique (participation_id, file_name)
);

-- What a partner's co-branded material shows of it. Complete with a legal name, a contact e-mail
-- and a logo; a campaign does not launch for a partner until it is.
create table co_brand_profile (
    partner_id               bigint        not null,
    legal_name               varchar(200),
    contact_name             varchar(200),
    contact_email            varchar(254),
    website                  varchar(255),
    logo                     longblob,
    logo_type                varchar(32),
    updated_by               varchar(255)  not null,
    updated_at               datetime(6)   not null,
    version                  bigint        not null,
    primary key (partner_id),
    constraint fk_co_brand_profile_partner foreign key (partner_id) references partner (id)
);

-- Attribution by link: a response is a lead of its campaign participation, the deal it converts
-- to is linked from the lead, and the MDF that funded the partner's part names the participation.
alter table sales_lead add column campaign_participation_id bigint;
create index ix_lead_campaign_participation on sales_lead (campaign_participation_id);
alter table mdf_request add column campaign_participation_id bigint;
create unique index uq_mdf_request_campaign_participation on mdf_request (campaign_participation_id);
