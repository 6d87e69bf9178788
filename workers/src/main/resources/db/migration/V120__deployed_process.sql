-- On a remote cluster, every process version deployed through any app instance, keyed by the
-- engine's process definition key: the process list, a task's element names and a version's XML
-- are the same on every instance and after a restart. (The embedded engine lives and dies with
-- the app, so its registry stays in memory.)
create table deployed_process (
    process_definition_key bigint        not null,
    bpmn_process_id        varchar(255)  not null,
    version                int           not null,
    resource_name          varchar(255)  not null,
    xml                    mediumtext    not null,
    stored_at              datetime(6)   not null,
    primary key (process_definition_key)
);
create index ix_deployed_process_id on deployed_process (bpmn_process_id, version);

-- The bundled models deployed to a remote cluster, by the SHA-256 of all their files: a start
-- whose files are unchanged deploys nothing.
create table bundled_deployment (
    checksum       char(64)     not null,
    deployment_key bigint       not null,
    deployed_at    datetime(6)  not null,
    primary key (checksum)
);
