-- A partner's enrolment in one course of its curriculum. The unique (partner, course) pair makes a
-- second enrolment and a second completion of the same course no-ops.
create table enrolment (
    id           bigint       not null auto_increment,
    partner_id   bigint       not null,
    course_id    varchar(64)  not null,
    required     boolean      not null,
    enrolled_at  datetime(6)  not null,
    completed_at datetime(6),
    version      bigint       not null,
    primary key (id),
    constraint fk_enrolment_partner foreign key (partner_id) references partner (id),
    constraint uq_enrolment_partner_course unique (partner_id, course_id)
);
