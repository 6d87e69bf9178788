-- The task inbox: one row per job-based user task, keyed by the job so a redelivered job is
-- not a second task. The version column guards claim and completion against concurrent twins.
create table user_task (
    id                   bigint        not null auto_increment,
    job_key              bigint        not null,
    element_id           varchar(255)  not null,
    element_name         varchar(255),
    bpmn_process_id      varchar(255)  not null,
    process_definition_key bigint      not null,
    process_instance_key bigint        not null,
    partner_id           bigint,
    assignee             varchar(254),
    due_date             datetime(6),
    form_key             bigint,
    form_id              varchar(255),
    state                varchar(16)   not null,
    claimed_by           varchar(254),
    created_at           datetime(6)   not null,
    claimed_at           datetime(6),
    completed_at         datetime(6),
    completed_by         varchar(254),
    canceled_at          datetime(6),
    version              bigint        not null,
    primary key (id),
    constraint uq_user_task_job unique (job_key)
);
create index ix_user_task_state on user_task (state, id);
create index ix_user_task_partner on user_task (partner_id, state, id);
create index ix_user_task_assignee on user_task (assignee, state, id);
create index ix_user_task_instance on user_task (process_instance_key);

create table user_task_candidate_group (
    user_task_id bigint       not null,
    group_name   varchar(100) not null,
    primary key (user_task_id, group_name),
    constraint fk_user_task_group_task foreign key (user_task_id) references user_task (id)
);
create index ix_user_task_group on user_task_candidate_group (group_name, user_task_id);
