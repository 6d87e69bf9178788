-- One due diligence check per partner: a redelivered job reads the stored outcome instead of checking again.
create table due_diligence_check (
    id          bigint        not null auto_increment,
    partner_id  bigint        not null,
    outcome     varchar(16)   not null,
    reason      varchar(500),
    checked_at  datetime(6)   not null,
    primary key (id),
    constraint fk_due_diligence_partner foreign key (partner_id) references partner (id),
    constraint uq_due_diligence_partner unique (partner_id)
);
