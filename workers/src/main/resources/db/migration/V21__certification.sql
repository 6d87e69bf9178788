-- Every exam result taken by a certification process, once: the element instance of the step that
-- recorded it is unique, so a redelivered job finds its attempt instead of adding one.
create table exam_attempt (
    id                   bigint        not null auto_increment,
    partner_id           bigint        not null,
    exam_id              varchar(64)   not null,
    certification_cycle  int           not null,
    attempt_number       int           not null,
    score                decimal(7,2)  not null,
    pass_mark            decimal(7,2)  not null,
    passed               boolean       not null,
    attempted_at         datetime(6)   not null,
    element_instance_key bigint        not null,
    primary key (id),
    constraint fk_exam_attempt_partner foreign key (partner_id) references partner (id),
    constraint uq_exam_attempt_element unique (element_instance_key),
    constraint uq_exam_attempt_number unique (partner_id, exam_id, certification_cycle, attempt_number)
);

-- One certificate per partner, exam and certification cycle (the first issue is cycle 1, each
-- renewal the next).
create table certificate (
    id                  bigint       not null auto_increment,
    partner_id          bigint       not null,
    exam_id             varchar(64)  not null,
    certification_cycle int          not null,
    certificate_number  varchar(32),
    status              varchar(16)  not null,
    issued_at           datetime(6)  not null,
    expires_at          datetime(6)  not null,
    expired_at          datetime(6),
    version             bigint       not null,
    primary key (id),
    constraint fk_certificate_partner foreign key (partner_id) references partner (id),
    constraint uq_certificate_cycle unique (partner_id, exam_id, certification_cycle),
    constraint uq_certificate_number unique (certificate_number)
);
create index ix_certificate_partner on certificate (partner_id, issued_at);
create index ix_certificate_status on certificate (status, expires_at);
