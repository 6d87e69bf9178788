-- A new version of a product process asked for through the API: deployed only when a second
-- person (another designer or a manager) approves it.
create table deployment_request (
  id              bigint        not null auto_increment primary key,
  process_ids     varchar(1000) not null,
  requested_by    varchar(100)  not null,
  requested_at    timestamp(6)  not null,
  status          varchar(20)   not null,
  decided_by      varchar(100),
  decided_at      timestamp(6),
  deployment_key  bigint
);
create index ix_deployment_request_status on deployment_request (status, id);

create table deployment_request_file (
  request_id bigint       not null,
  name       varchar(200) not null,
  content    longblob     not null,
  primary key (request_id, name),
  constraint fk_deployment_request_file foreign key (request_id) references deployment_request (id)
);
