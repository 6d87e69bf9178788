-- Every form deployed through this app, keyed by the engine's form key: a user task names its form
-- by that key, and any app instance (or this one after a restart) validates a completion against it.
create table deployed_form (
    form_key    bigint        not null,
    form_id     varchar(255)  not null,
    version     int           not null,
    schema_json mediumtext    not null,
    stored_at   datetime(6)   not null,
    primary key (form_key)
);
create index ix_deployed_form_id on deployed_form (form_id, version);
