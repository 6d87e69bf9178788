-- Where the partner's payouts (rebates, MDF) go: the account the partner gave during onboarding,
-- which finance verifies. One row per partner; after onboarding only finance changes it.
create table banking_details (
    id              bigint        not null auto_increment,
    partner_id      bigint        not null,
    account_holder  varchar(200)  not null,
    iban            varchar(34)   not null,
    bic             varchar(11),
    submitted_by    varchar(255)  not null,
    submitted_at    datetime(6)   not null,
    version         bigint        not null,
    primary key (id),
    constraint fk_banking_details_partner foreign key (partner_id) references partner (id),
    constraint uq_banking_details_partner unique (partner_id)
);
