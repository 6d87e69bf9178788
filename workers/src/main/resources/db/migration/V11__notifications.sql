-- The notification outbox: written in the worker's transaction, delivered later by the dispatcher.
-- The idempotency key makes a redelivered job enqueue nothing new.
create table notification (
    id              bigint        not null auto_increment,
    partner_id      bigint        not null,
    template        varchar(64)   not null,
    idempotency_key varchar(200)  not null,
    status          varchar(16)   not null,
    created_at      datetime(6)   not null,
    sent_at         datetime(6),
    version         bigint        not null,
    primary key (id),
    constraint fk_notification_partner foreign key (partner_id) references partner (id),
    constraint uq_notification_idempotency unique (idempotency_key)
);
create index ix_notification_status on notification (status, id);
create index ix_notification_partner on notification (partner_id, id);
