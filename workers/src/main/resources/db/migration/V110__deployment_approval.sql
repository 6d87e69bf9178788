-- Four eyes in the inbox: a task that decides someone's request names that request and its
-- requester, who may see the task but neither claim nor complete it.
alter table user_task add column requested_by varchar(254);
alter table user_task add column subject_type varchar(50);
alter table user_task add column subject_id bigint;

-- What a deployment request asks for in one sentence, why it was decided as it was, and why the
-- engine refused files that were approved.
alter table deployment_request add column summary varchar(2000);
alter table deployment_request add column decision_reason varchar(1000);
alter table deployment_request add column refusal varchar(2000);

-- The approval process of each request: claimed before it starts, so it starts once.
create table deployment_approval (
  request_id           bigint       not null primary key,
  process_instance_key bigint,
  claimed_at           timestamp(6) not null,
  constraint fk_deployment_approval_request foreign key (request_id) references deployment_request (id)
);
