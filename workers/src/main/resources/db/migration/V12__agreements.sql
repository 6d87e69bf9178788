-- A partner's agreement, generated from a versioned template: one per partner and template version.
create table agreement (
    id                bigint        not null auto_increment,
    partner_id        bigint        not null,
    template_version  varchar(16)   not null,
    content           varchar(8000) not null,
    content_hash      varchar(64)   not null,
    generated_at      datetime(6)   not null,
    signed_at         datetime(6),
    version           bigint        not null,
    primary key (id),
    constraint fk_agreement_partner foreign key (partner_id) references partner (id),
    constraint uq_agreement_partner_version unique (partner_id, template_version)
);
