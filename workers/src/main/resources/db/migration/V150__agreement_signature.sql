-- Who signed which agreement, as which exact PDF: one signature per agreement, then a manager's
-- countersignature on the same row.
create table agreement_signature (
    id                   bigint        not null auto_increment,
    agreement_id         bigint        not null,
    partner_id           bigint        not null,
    template_version     varchar(16)   not null,
    language             varchar(8)    not null,
    signer_name          varchar(200)  not null,
    signer_title         varchar(200)  not null,
    signed_by            varchar(255)  not null,
    signed_at            datetime(6)   not null,
    client_address       varchar(64)   not null,
    document_sha256      varchar(64)   not null,
    document             longblob      not null,
    countersigner_name   varchar(200),
    countersigner_title  varchar(200),
    countersigned_by     varchar(255),
    countersigned_at     datetime(6),
    version              bigint        not null,
    primary key (id),
    constraint fk_agreement_signature_agreement foreign key (agreement_id) references agreement (id),
    constraint fk_agreement_signature_partner foreign key (partner_id) references partner (id),
    constraint uq_agreement_signature_agreement unique (agreement_id)
);
