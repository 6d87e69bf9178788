-- Process definitions whose jobs the app's workers serve: the bundled processes as deployed at
-- startup, and approved versions of them. Kept here so every app instance agrees.
create table trusted_process (
  process_definition_key bigint       not null primary key,
  bpmn_process_id        varchar(255) not null,
  version                int          not null,
  trusted_at             timestamp(6) not null
);
create index ix_trusted_process_id on trusted_process (bpmn_process_id);
