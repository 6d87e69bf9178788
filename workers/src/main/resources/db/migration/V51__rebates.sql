-- One rebate per partner and quarter, however often the quarter's run fires or a job is redelivered.
create table rebate (
    id              bigint        not null auto_increment,
    partner_id      bigint        not null,
    quarter         varchar(7)    not null,
    tier            varchar(16)   not null,
    won_revenue     decimal(19,2) not null,
    rate_percent    decimal(5,2)  not null,
    amount          decimal(19,2) not null,
    currency        varchar(3)    not null,
    calculated_at   datetime(6)   not null,
    primary key (id),
    constraint fk_rebate_partner foreign key (partner_id) references partner (id),
    constraint uq_rebate_partner_quarter unique (partner_id, quarter)
);
create index ix_rebate_quarter on rebate (quarter, partner_id);
