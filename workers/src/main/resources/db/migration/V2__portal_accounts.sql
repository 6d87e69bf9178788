-- One portal account per partner, ever: the unique partner_id makes a second provisioning a no-op.
create table portal_account (
    id                       bigint        not null auto_increment,
    partner_id               bigint        not null,
    username                 varchar(254)  not null,
    status                   varchar(16)   not null,
    invitation_token         varchar(64),
    invitation_expires_at    datetime(6),
    password_hash            varchar(100),
    created_at               datetime(6)   not null,
    activated_at             datetime(6),
    revoked_at               datetime(6),
    version                  bigint        not null,
    primary key (id),
    constraint fk_portal_account_partner foreign key (partner_id) references partner (id),
    constraint uq_portal_account_partner unique (partner_id),
    constraint uq_portal_account_username unique (username),
    constraint uq_portal_account_invitation unique (invitation_token)
);
