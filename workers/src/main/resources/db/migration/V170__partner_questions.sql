-- Questions partners ask from the portal, each answered through a partner-question instance, and
-- the answers a manager publishes for every partner to read.
create table partner_question (
    id                   bigint         not null auto_increment,
    partner_id           bigint         not null,
    topic                varchar(32)    not null,
    text                 varchar(4000)  not null,
    status               varchar(16)    not null,
    asked_by             varchar(255)   not null,
    asked_at             datetime(6)    not null,
    answer               varchar(4000),
    answered_by          varchar(255),
    answered_at          datetime(6),
    escalated_at         datetime(6),
    process_instance_key bigint,
    start_claimed_at     datetime(6),
    version              bigint         not null,
    primary key (id),
    constraint fk_partner_question_partner foreign key (partner_id) references partner (id)
);
create index ix_partner_question_partner on partner_question (partner_id, id);

create table faq_entry (
    id                 bigint         not null auto_increment,
    topic              varchar(32)    not null,
    question           varchar(4000)  not null,
    answer             varchar(4000)  not null,
    source_question_id bigint,
    published_by       varchar(255)   not null,
    published_at       datetime(6)    not null,
    primary key (id),
    constraint uq_faq_entry_source unique (source_question_id)
);
create index ix_faq_entry_topic on faq_entry (topic, id);
