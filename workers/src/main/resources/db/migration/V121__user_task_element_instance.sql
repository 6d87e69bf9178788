-- The engine's element instance of each task. On a remote cluster there is no record stream to
-- follow; the inbox learns from the cluster's search API which user task elements ended (a
-- boundary event, the end of the instance, or a completion in Camunda Tasklist) by this key.
alter table user_task add column element_instance_key bigint;
create index ix_user_task_element_instance on user_task (element_instance_key);
